package ca.gc.engagement.api;

import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.stakeholder.entity.StakeholderArchivedException;
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

  /** A rule that needs other records to judge: 422, with the field it concerns. */
  @Provider
  public static class RuleViolation implements ExceptionMapper<RuleViolationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(RuleViolationException e) {
      return new Problem(
              Problem.type("rule-violation"),
              "The request breaks a rule of the record",
              422,
              e.getMessage(),
              uri.getRequestUri(),
              e.field() == null
                  ? List.of()
                  : List.of(new Problem.FieldError(e.field(), e.getMessage())))
          .toResponse();
    }
  }

  @Provider
  public static class UnknownSector implements ExceptionMapper<UnknownSectorException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(UnknownSectorException e) {
      return problem(uri, "unknown-sector", "Unknown sector", 422, e.getMessage());
    }
  }

  @Provider
  public static class ExemptionRequired implements ExceptionMapper<ExemptionRequiredException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ExemptionRequiredException e) {
      return problem(uri, "exemption-required", "An exemption is required", 409, e.getMessage());
    }
  }

  @Provider
  public static class StakeholderArchived implements ExceptionMapper<StakeholderArchivedException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(StakeholderArchivedException e) {
      return problem(
          uri, "stakeholder-archived", "The stakeholder is archived", 409, e.getMessage());
    }
  }

  @Provider
  public static class SectorChange implements ExceptionMapper<SectorChangeException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(SectorChangeException e) {
      return problem(
          uri, "sector-change-refused", "The sector tree cannot change so", 409, e.getMessage());
    }
  }

  @Provider
  public static class CarveOutChange implements ExceptionMapper<CarveOutChangeException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(CarveOutChangeException e) {
      return problem(
          uri, "carve-out-change-refused", "The carve-out cannot change so", 409, e.getMessage());
    }
  }
}
