package ca.gc.engagement.records.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.refusal.entity.Term.Form;

/**
 * No record of that kind with that id, or none the caller may see: both read the same, so that a
 * refusal never reveals that a classified record exists.
 */
public class RecordNotFoundException extends Refusal {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String kind, Object id) {
    super(
        "ca.gc.engagement.record.notFound",
        Term.kind(kind, Form.NOUN),
        String.valueOf(id),
        Term.kind(kind, Form.THE));
  }
}
