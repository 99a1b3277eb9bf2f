package ca.gc.engagement.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A signed-in caller whose role does not allow the operation: 403. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(EJBAccessException exception) {
    return new Problem(
            Problem.type("forbidden"),
            "Not allowed for your role",
            403,
            "Your account's role does not allow this operation.",
            uriInfo.getRequestUri(),
            List.of())
        .toResponse();
  }
}
