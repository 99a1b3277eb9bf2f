package ca.gc.engagement.api.export;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * A CSV or iCalendar answer is a file to keep: {@code Content-Disposition: attachment} with the
 * name {@link Exports#fileName} gives it ({@code missions.csv}, {@code meetings.ics}), so that a
 * browser or a download tool saves it under a name that says what it holds. (The briefing book says
 * {@code inline} itself: it is read in the browser first.)
 */
@Provider
public class ExportAttachments implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != 200
        || response.getMediaType() == null
        || response.getHeaders().containsKey(HttpHeaders.CONTENT_DISPOSITION)) {
      return;
    }
    String name = Exports.fileName(request.getUriInfo().getPath(), response.getMediaType());
    if (name != null) {
      response
          .getHeaders()
          .putSingle(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }
  }
}
