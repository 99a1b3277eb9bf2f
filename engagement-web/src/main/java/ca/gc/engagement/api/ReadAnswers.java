package ca.gc.engagement.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.lang.annotation.Annotation;

/**
 * What every read of API v1 answers besides its body: a list's place in the whole list ({@link
 * ListPage}: {@code X-Total-Count}, {@code X-Page}, {@code X-Page-Size} and {@code Link}, in every
 * format), and an {@code ETag} for every JSON answer that has none of its own (a record has its
 * version tag): the tag of its bytes ({@link WrittenAnswer}), so that {@code If-None-Match} answers
 * 304 while nothing the caller sees has changed ({@link ConditionalReads}).
 *
 * <p>Runs before the kept answers' filter (a higher priority is an earlier response filter), so
 * that a kept list is kept with these headers and its tag.
 */
@Provider
@Priority(Priorities.USER + 100)
public class ReadAnswers implements ContainerResponseFilter {

  static final String TOTAL = "X-Total-Count";
  static final String PAGE = "X-Page";
  static final String PAGE_SIZE = "X-Page-Size";

  @Context Providers providers;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    if (request.getProperty(ListPage.ATTRIBUTE) instanceof ListPage page) {
      var headers = response.getHeaders();
      headers.putSingle(TOTAL, String.valueOf(page.total()));
      headers.putSingle(PAGE, String.valueOf(page.page()));
      headers.putSingle(PAGE_SIZE, String.valueOf(page.size()));
      headers.putSingle("Link", page.links(request.getUriInfo().getRequestUri()));
    }
    if (response.hasEntity()
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)
        && response.getMediaType() != null
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      MediaType mediaType = response.getMediaType();
      byte[] body = WrittenAnswer.bytesOf(response, providers);
      response.getHeaders().putSingle(HttpHeaders.ETAG, WrittenAnswer.tagOf(body));
      response.setEntity(body, new Annotation[0], mediaType);
    }
  }
}
