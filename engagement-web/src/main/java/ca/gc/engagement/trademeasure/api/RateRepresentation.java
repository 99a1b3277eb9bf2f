package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.RateChange;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of a measure's rate history, read and written alike (also the body of {@code POST
 * /trade-measures/{id}/rates}): the rate, a percentage, from a day on.
 */
@JsonbPropertyOrder({"effectiveFrom", "rate", "note"})
public record RateRepresentation(LocalDate effectiveFrom, BigDecimal rate, String note) {

  static RateRepresentation of(RateChange change) {
    return new RateRepresentation(
        change.getEffectiveFrom(), plain(change.getRate()), change.getNote());
  }

  RateChangeDraft toDraft() {
    return new RateChangeDraft(effectiveFrom, rate, note);
  }

  /** A rate as written: 75.8 and 15, not the stored 75.800 and 15.000 (nor 1.5E+1). */
  static BigDecimal plain(BigDecimal rate) {
    return new BigDecimal(rate.stripTrailingZeros().toPlainString());
  }
}
