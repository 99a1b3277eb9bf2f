package ca.gc.engagement.security.entity;

import jakarta.ejb.ApplicationException;

/**
 * A caller tried to record something at a classification above their own clearance. Nothing is
 * stored; the message says what they may use instead.
 */
@ApplicationException(rollback = true)
public class AboveClearanceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Classification requested;
  private final Classification clearance;

  public AboveClearanceException(Classification requested, Classification clearance) {
    super(
        "You cannot record information classified "
            + requested
            + ": your clearance is "
            + clearance
            + ".");
    this.requested = requested;
    this.clearance = clearance;
  }

  public Classification requested() {
    return requested;
  }

  public Classification clearance() {
    return clearance;
  }
}
