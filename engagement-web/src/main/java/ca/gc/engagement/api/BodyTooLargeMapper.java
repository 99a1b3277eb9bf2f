package ca.gc.engagement.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body beyond the limit: 413, with the limit in the detail so the caller knows what fits. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(BodyTooLargeException exception) {
    return new Problem(
            Problem.type("body-too-large"),
            "Request body too large",
            413,
            exception.getMessage() + " Nothing was stored.",
            uriInfo.getRequestUri(),
            List.of())
        .toResponse();
  }
}
