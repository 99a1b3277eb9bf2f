package ca.gc.engagement.api.export;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * {@code ?format=csv} and {@code ?format=ics} for clients that cannot set {@code Accept} (a link in
 * a browser, a spreadsheet's "from web"): before matching, the request's {@code Accept} becomes
 * {@code text/csv} or {@code text/calendar}. Any other {@code format} is left alone.
 */
@Provider
@PreMatching
public class ExportFormatFilter implements ContainerRequestFilter {

  private static final Map<String, String> FORMATS =
      Map.of("csv", Exports.TEXT_CSV, "ics", Exports.TEXT_CALENDAR);

  @Override
  public void filter(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if (format == null) {
      return;
    }
    String accept = FORMATS.get(format.trim().toLowerCase(java.util.Locale.ROOT));
    if (accept != null) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
  }
}
