package ca.gc.engagement.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure of ours, not of the request: 500 with an incident number the caller can quote, while
 * the details go to the server log only. Bad input never lands here; it has mappers of its own.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + uriInfo.getRequestUri(), failure);
    return new Problem(
            Problem.type("internal-error"),
            "The server could not complete the request",
            500,
            "Quote incident " + incident + " to the service desk.",
            uriInfo.getRequestUri(),
            List.of())
        .toResponse();
  }
}
