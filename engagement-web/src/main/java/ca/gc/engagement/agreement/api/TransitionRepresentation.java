package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.agreement.entity.Transition;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded step: from and to, the day it took effect, when and by whom it was recorded, why.
 */
@JsonbPropertyOrder({"from", "to", "on", "at", "by", "justification"})
public record TransitionRepresentation(
    AgreementStatus from,
    AgreementStatus to,
    LocalDate on,
    Instant at,
    String by,
    String justification) {

  static TransitionRepresentation of(Transition step) {
    return new TransitionRepresentation(
        step.getFrom(),
        step.getTo(),
        step.getOn(),
        step.getRecordedAt(),
        step.getBy(),
        step.getJustification());
  }
}
