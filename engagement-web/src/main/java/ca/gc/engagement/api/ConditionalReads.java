package ca.gc.engagement.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A conditional read: a GET whose {@code If-None-Match} names the answer's {@code ETag} is answered
 * {@code 304 Not Modified}, with the tag and no body, as JAX-RS judges it ({@code
 * Request.evaluatePreconditions}). A record's tag is its version, so a record is 304 while its
 * version is the one the caller holds; a list's tag names its bytes ({@link ReadAnswers}).
 *
 * <p>Runs after the kept answers' filter (a lower priority is a later response filter), so that an
 * answer computed anew is kept whole even when this caller is told it has not changed.
 */
@Provider
@Priority(Priorities.USER - 100)
public class ConditionalReads implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
    if (tag != null && notModified(request, tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  /** Whether the request's {@code If-None-Match} holds the answer tagged {@code tag}. */
  public static boolean notModified(ContainerRequestContext request, Object tag) {
    if (request.getHeaderString(HttpHeaders.IF_NONE_MATCH) == null) {
      return false;
    }
    EntityTag entityTag = tag instanceof EntityTag t ? t : EntityTag.valueOf(String.valueOf(tag));
    // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" holds "x" too, as a proxy that
    // weakened the tag sends it back. JAX-RS compares the tags as they are: ask with both.
    return notModifiedAsTagged(request, entityTag)
        || notModifiedAsTagged(request, new EntityTag(entityTag.getValue(), !entityTag.isWeak()));
  }

  private static boolean notModifiedAsTagged(ContainerRequestContext request, EntityTag tag) {
    Response.ResponseBuilder refused = request.getRequest().evaluatePreconditions(tag);
    return refused != null
        && refused.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode();
  }
}
