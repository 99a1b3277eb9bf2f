package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.trademeasure.entity.RateChange;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One editable line of the form's rate history: from which day, what rate, and why. */
public class RateRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate effectiveFrom;
  private BigDecimal rate;
  private String note;

  public static RateRow of(RateChange change) {
    RateRow row = new RateRow();
    row.effectiveFrom = change.getEffectiveFrom();
    row.rate = plain(change.getRate());
    row.note = change.getNote();
    return row;
  }

  /** 75.800 as 75.8 and 100.000 as 100 (not 1E+2), as an officer writes a rate. */
  static BigDecimal plain(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  boolean isBlank() {
    return effectiveFrom == null && rate == null && (note == null || note.isBlank());
  }

  RateChangeDraft toDraft() {
    return new RateChangeDraft(effectiveFrom, rate, note);
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
