package ca.gc.engagement.security.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;

/**
 * A caller tried to record something at a classification above their own clearance. Nothing is
 * stored; the message says what they may use instead.
 */
public class AboveClearanceException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final Classification requested;
  private final Classification clearance;

  public AboveClearanceException(Classification requested, Classification clearance) {
    super("ca.gc.engagement.security.aboveClearance", Term.of(requested), Term.of(clearance));
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
