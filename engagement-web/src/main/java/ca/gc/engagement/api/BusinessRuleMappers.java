package ca.gc.engagement.api;

import ca.gc.engagement.agreement.entity.AgreementHeldException;
import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.carveout.entity.TooManyScreeningsException;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.stakeholder.entity.StakeholderArchivedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The domain's refusals as HTTP: each keeps the service's own message, written for the person
 * reading it, and a problem type a client can switch on. {@link ProblemMapper} says how; each
 * mapper below only names its exception, problem type, title and status.
 */
public final class BusinessRuleMappers {

  private BusinessRuleMappers() {}

  /**
   * Unknown, or above the caller's clearance: the same 404, so nothing confirms a record exists.
   */
  @Provider
  public static class NotFound extends ProblemMapper<RecordNotFoundException> {
    public NotFound() {
      super("not-found", "No such record", 404);
    }
  }

  /** Someone changed the record since the caller read it. */
  @Provider
  public static class Stale extends ProblemMapper<StaleRecordException> {
    public Stale() {
      super("stale-record", "The record has changed", 412);
    }
  }

  @Provider
  public static class IllegalTransition extends ProblemMapper<IllegalTransitionException> {
    public IllegalTransition() {
      super("illegal-transition", "Not allowed from the current status", 409);
    }
  }

  @Provider
  public static class AboveClearance extends ProblemMapper<AboveClearanceException> {
    public AboveClearance() {
      super("above-clearance", "Above your clearance", 403);
    }
  }

  /** A rule that needs other records to judge: 422, with the field it concerns. */
  @Provider
  public static class RuleViolation extends ProblemMapper<RuleViolationException> {
    public RuleViolation() {
      super("rule-violation", "The request breaks a rule of the record", 422);
    }

    @Override
    List<Problem.FieldError> errors(RuleViolationException refusal) {
      return refusal.field() == null
          ? List.of()
          : List.of(new Problem.FieldError(refusal.field(), refusal.getMessage()));
    }
  }

  @Provider
  public static class UnknownSector extends ProblemMapper<UnknownSectorException> {
    public UnknownSector() {
      super("unknown-sector", "Unknown sector", 422);
    }
  }

  @Provider
  public static class ExemptionRequired extends ProblemMapper<ExemptionRequiredException> {
    public ExemptionRequired() {
      super("exemption-required", "An exemption is required", 409);
    }
  }

  @Provider
  public static class StakeholderArchived extends ProblemMapper<StakeholderArchivedException> {
    public StakeholderArchived() {
      super("stakeholder-archived", "The stakeholder is archived", 409);
    }
  }

  @Provider
  public static class SectorChange extends ProblemMapper<SectorChangeException> {
    public SectorChange() {
      super("sector-change-refused", "The sector tree cannot change so", 409);
    }
  }

  @Provider
  public static class CarveOutChange extends ProblemMapper<CarveOutChangeException> {
    public CarveOutChange() {
      super("carve-out-change-refused", "The carve-out cannot change so", 409);
    }
  }

  /**
   * Carve-outs above the caller's clearance also match the agreement: one fixed answer, whichever
   * did and in whichever mode (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
   */
  @Provider
  public static class AgreementHeld extends ProblemMapper<AgreementHeldException> {
    public AgreementHeld() {
      super("agreement-held", "Held for review by a cleared approver", 409);
    }
  }

  /** Too many screenings asked for in a minute: 429, and when to ask again. */
  @Provider
  public static class TooManyScreenings extends ProblemMapper<TooManyScreeningsException> {
    public TooManyScreenings() {
      super("too-many-screenings", "Too many screenings", 429);
    }

    @Override
    public Response toResponse(TooManyScreeningsException refusal) {
      return Response.fromResponse(super.toResponse(refusal))
          .header("Retry-After", refusal.retryAfterSeconds())
          .build();
    }
  }
}
