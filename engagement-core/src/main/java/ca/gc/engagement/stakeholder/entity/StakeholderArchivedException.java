package ca.gc.engagement.stakeholder.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.refusal.entity.Term.Form;

/**
 * Something new was to be recorded for a stakeholder who is archived. Nothing is stored; what they
 * said while active stays on file.
 */
public class StakeholderArchivedException extends Refusal {

  private static final long serialVersionUID = 1L;

  /**
   * @param name the stakeholder's name, as the caller knows it
   * @param refused the kind of record that was refused ("statement")
   */
  public StakeholderArchivedException(String name, String refused) {
    super("ca.gc.engagement.stakeholder.archived", name, Term.kind(refused, Form.A));
  }
}
