package ca.gc.engagement.records.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.refusal.entity.Term;
import ca.gc.engagement.refusal.entity.Term.Form;

/**
 * A rule that needs more than the draft to judge is broken: a referenced record is missing or does
 * not fit (a retaliation imposed by the wrong country), or the record's present state forbids the
 * change. The message says what to do, in a desk officer's words; {@link #field()} names the input
 * it concerns (a draft component name), so the pages and the API show it where a validation message
 * would be.
 */
public class RuleViolationException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param key the message in ValidationMessages(_fr).properties
   * @param arguments plain values print as they are; {@link Localized} ones in the reader's
   *     language
   */
  public RuleViolationException(String field, String key, Object... arguments) {
    super(key, arguments);
    this.field = field;
  }

  /**
   * A reference to a record that does not exist or that the caller may not see: both read alike.
   */
  public static RuleViolationException noSuch(String field, String kind, long id) {
    return new RuleViolationException(
        field,
        "ca.gc.engagement.record.notFound",
        Term.kind(kind, Form.NOUN),
        String.valueOf(id),
        Term.kind(kind, Form.THE));
  }

  public String field() {
    return field;
  }
}
