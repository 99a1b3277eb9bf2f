package ca.gc.engagement.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The errors JAX-RS itself raises (unknown path, wrong method, unsupported media type, a body it
 * could not read) with their own status, as problem bodies like every other error of the API.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    if (hasCause(exception, JsonbException.class)) {
      return new Problem(
              Problem.type("unreadable-body"),
              "The request body cannot be read",
              400,
              "The body is not JSON of the form this resource accepts (check the types, and dates"
                  + " as 2026-01-13).",
              uriInfo.getRequestUri(),
              List.of())
          .toResponse();
    }
    Response.StatusType status = original.getStatusInfo();
    var problem =
        new Problem(
            Problem.type("http-" + status.getStatusCode()),
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail(status.getStatusCode()),
            uriInfo.getRequestUri(),
            List.of());
    var response = Response.fromResponse(original).type(Problem.MEDIA).entity(problem);
    return response.build();
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "There is no record or resource at this address.";
      case 405 -> "This resource does not accept that method.";
      case 406 -> "This resource cannot answer in the media type the Accept header asks for.";
      case 400 -> "The request cannot be read as sent.";
      case 415 -> "This resource reads application/json.";
      default -> "The request cannot be served as sent.";
    };
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
