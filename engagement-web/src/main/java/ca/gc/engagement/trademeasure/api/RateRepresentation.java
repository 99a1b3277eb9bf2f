package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.RateChange;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a measure's rate history, read and written alike (also the body of {@code POST
 * /trade-measures/{id}/rates}): the rate, a percentage, from a day on.
 */
@JsonbPropertyOrder({"effectiveFrom", "rate", "note"})
@Schema(
    description =
        "A rate (a percentage) from a day on; also the body that adds one to a measure's history.",
    example =
        """
        {
          "effectiveFrom": "2026-03-01",
          "rate": 15,
          "note": "Expected cut under the preliminary arrangement of 16 January 2026"
        }
        """)
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
