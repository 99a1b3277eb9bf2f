package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.Exemption;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An approver's exemption from a REVIEW carve-out: who, when, and why. */
@JsonbPropertyOrder({"by", "at", "justification"})
public record ExemptionRepresentation(String by, Instant at, String justification) {

  static ExemptionRepresentation of(Exemption exemption) {
    return new ExemptionRepresentation(
        exemption.getBy(), exemption.getAt(), exemption.getJustification());
  }
}
