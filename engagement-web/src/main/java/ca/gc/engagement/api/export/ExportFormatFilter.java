package ca.gc.engagement.api.export;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} and {@code ?format=ics} ({@link Exports#alias}): before matching, the
 * request's {@code Accept} becomes {@code text/csv} or {@code text/calendar}, so that content
 * negotiation answers as the rule says. Any other {@code format} is left alone.
 */
@Provider
@PreMatching
public class ExportFormatFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String accept = Exports.alias(request.getUriInfo().getQueryParameters().getFirst("format"));
    if (accept != null) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
  }
}
