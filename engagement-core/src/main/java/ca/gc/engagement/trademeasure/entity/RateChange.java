package ca.gc.engagement.trademeasure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a measure's rate history: the rate (a percentage, three decimals as stored) that
 * applies from a day on, until the next entry. Entries are never overwritten by a later rate, so
 * the rate on any past day can be told.
 */
@Embeddable
public class RateChange implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int SCALE = 3;

  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;

  @Column(name = "rate", precision = 9, scale = SCALE, nullable = false)
  private BigDecimal rate;

  @Column(name = "note", length = 500)
  private String note;

  protected RateChange() {}

  public RateChange(LocalDate effectiveFrom, BigDecimal rate, String note) {
    this.effectiveFrom = effectiveFrom;
    this.rate = rate.setScale(SCALE, RoundingMode.UNNECESSARY);
    this.note = note == null || note.isBlank() ? null : note.strip();
  }

  static RateChange of(RateChangeDraft draft) {
    return new RateChange(draft.effectiveFrom(), draft.rate(), draft.note());
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  /** The rate as a percentage: 100.000 for a 100 % surtax. */
  public BigDecimal getRate() {
    return rate;
  }

  public String getNote() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateChange change
        && Objects.equals(effectiveFrom, change.effectiveFrom)
        && Objects.equals(rate, change.rate)
        && Objects.equals(note, change.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effectiveFrom, rate, note);
  }

  @Override
  public String toString() {
    return rate.stripTrailingZeros().toPlainString() + " % from " + effectiveFrom;
  }
}
