package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.refusal.entity.Refusal;

/**
 * A carve-out change that would make screening results ambiguous: a code used twice, or a code
 * changed (past screenings name carve-outs by code). Nothing is stored; the message says what to do
 * instead.
 */
public class CarveOutChangeException extends Refusal {

  private static final long serialVersionUID = 1L;

  private CarveOutChangeException(String key, Object... arguments) {
    super(key, arguments);
  }

  /** Says only that the code is in use, not by what: the carve-out may be above the reader. */
  public static CarveOutChangeException codeTaken(String code) {
    return new CarveOutChangeException("ca.gc.engagement.carveout.change.codeTaken", code);
  }

  public static CarveOutChangeException codeIsFixed(String code, String requested) {
    return new CarveOutChangeException(
        "ca.gc.engagement.carveout.change.codeIsFixed", code, requested);
  }
}
