package ca.gc.engagement.carveout.entity;

import jakarta.ejb.ApplicationException;

/**
 * A carve-out change that would make screening results ambiguous: a code used twice, or a code
 * changed (past screenings name carve-outs by code). Nothing is stored; the message says what to do
 * instead.
 */
@ApplicationException(rollback = true)
public class CarveOutChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private CarveOutChangeException(String message) {
    super(message);
  }

  /** Says only that the code is in use, not by what: the carve-out may be above the reader. */
  public static CarveOutChangeException codeTaken(String code) {
    return new CarveOutChangeException(
        "The code " + code + " is already used by a carve-out. Choose another code.");
  }

  public static CarveOutChangeException codeIsFixed(String code, String requested) {
    return new CarveOutChangeException(
        "The code of carve-out "
            + code
            + " cannot become "
            + requested
            + ": screening results name carve-outs by their code. Declare "
            + requested
            + " as a new carve-out and retire "
            + code
            + " instead.");
  }
}
