package ca.gc.engagement.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidParametersMapper implements ExceptionMapper<InvalidParametersException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidParametersException exception) {
    return new Problem(
            Problem.type("invalid-request"),
            "The request has invalid fields",
            400,
            exception.getMessage(),
            uriInfo.getRequestUri(),
            exception.errors())
        .toResponse();
  }
}
