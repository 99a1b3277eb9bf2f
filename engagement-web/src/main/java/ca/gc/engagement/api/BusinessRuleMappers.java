package ca.gc.engagement.api;

import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The domain's refusals as HTTP: each keeps the service's own message, written for the person
 * reading it, and a problem type a client can switch on.
 */
public final class BusinessRuleMappers {

  private BusinessRuleMappers() {}

  static Response problem(UriInfo uri, String type, String title, int status, String detail) {
    return new Problem(Problem.type(type), title, status, detail, uri.getRequestUri(), List.of())
        .toResponse();
  }

  /**
   * Unknown, or above the caller's clearance: the same 404, so nothing confirms a record exists.
   */
  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(RecordNotFoundException e) {
      return problem(uri, "not-found", "No such record", 404, e.getMessage());
    }
  }

  /** Someone changed the record since the caller read it. */
  @Provider
  public static class Stale implements ExceptionMapper<StaleRecordException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(StaleRecordException e) {
      return problem(uri, "stale-record", "The record has changed", 412, e.getMessage());
    }
  }

  @Provider
  public static class IllegalTransition implements ExceptionMapper<IllegalTransitionException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(IllegalTransitionException e) {
      return problem(
          uri, "illegal-transition", "Not allowed from the current status", 409, e.getMessage());
    }
  }

  @Provider
  public static class AboveClearance implements ExceptionMapper<AboveClearanceException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(AboveClearanceException e) {
      return problem(uri, "above-clearance", "Above your clearance", 403, e.getMessage());
    }
  }
}
