package ca.gc.engagement.records.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.refusal.entity.Term.Form;

/**
 * Someone else changed the record since the caller read it: their edit is refused, never merged
 * silently. They reload, look at the other change, and edit again.
 */
public class StaleRecordException extends Refusal {

  private static final long serialVersionUID = 1L;

  public StaleRecordException(String kind, long id) {
    this(kind);
  }

  public StaleRecordException(String kind) {
    super("ca.gc.engagement.record.stale", Term.kind(kind, Form.THIS));
  }
}
