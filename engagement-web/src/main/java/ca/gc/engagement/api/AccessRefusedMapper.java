package ca.gc.engagement.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ext.Provider;

/** A signed-in caller whose role does not allow the operation: 403. */
@Provider
public class AccessRefusedMapper extends ProblemMapper<EJBAccessException> {

  public AccessRefusedMapper() {
    super("forbidden", "Not allowed for your role", 403);
  }

  @Override
  String detail(EJBAccessException exception) {
    return "Your account's role does not allow this operation.";
  }
}
