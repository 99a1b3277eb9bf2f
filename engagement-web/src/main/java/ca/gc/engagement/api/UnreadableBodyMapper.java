package ca.gc.engagement.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body the API cannot read as JSON: 400 {@code unreadable-body}, saying why. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<UnreadableBodyException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(UnreadableBodyException exception) {
    return new Problem(
            Problem.type("unreadable-body"),
            "The request body cannot be read",
            400,
            exception.getMessage(),
            uriInfo.getRequestUri(),
            List.of())
        .toResponse();
  }
}
