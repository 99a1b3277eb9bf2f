package ca.gc.engagement.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.security.entity.Classified;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A record's page ({@code ?id=}): the record as the reader may see it, or 404 (missing and above
 * the reader's clearance look alike), its history, and its buttons, each a step taken on the
 * version the page showed and answered with a redirect to the page (post-redirect-get), a refusal
 * said as {@link FieldMessages} says it. A page says only what is its own: where it is, how its
 * service finds the record and its history, and what else it shows.
 *
 * @param <T> the record shown
 */
public abstract class RecordPage<T extends Classified> implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private T record;

  /**
   * What the page shows and where it is: its own address, as an outcome ({@code
   * /missions/mission}); how the service finds the record (if the reader may see it); its changes,
   * the latest first.
   */
  public record Shown<T>(
      String address, LongFunction<Optional<T>> find, LongFunction<List<RevisionEntry>> history) {}

  /** The service's calls that show the record, as {@link Shown} says. */
  protected abstract Shown<T> shown();

  /**
   * What else the page reads once its record is found (linked records, say); nothing by default.
   */
  protected void opened(T record) {}

  /** f:viewAction. */
  public void load() {
    record = id == null ? null : shown().find().apply(id).orElse(null);
    if (record == null) {
      Views.notFound();
      return;
    }
    opened(record);
  }

  /** A step of the record, taken on the version the page showed. */
  @FunctionalInterface
  protected interface Step {
    void take(long version);
  }

  /**
   * Takes a step and says so with the notice {@code noticeKey}; a refusal is a warning. Either way
   * the page shows the record as it now stands.
   */
  protected String step(Step step, String noticeKey, Object... arguments) {
    return step(null, step, noticeKey, arguments);
  }

  /**
   * As {@link #step(Step, String, Object...)}, for a step with inputs of its own in the form {@code
   * formId}: what they hold wrong is said next to them, and the page stays as typed.
   */
  protected String step(String formId, Step step, String noticeKey, Object... arguments) {
    try {
      step.take(record.getVersion());
      Views.notice(noticeKey, arguments);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, formId);
      return null;
    } catch (Refusal refusal) {
      return refused(formId, refusal);
    }
    return self();
  }

  /**
   * A refusal of a step: one about an input of the step's form is said next to it, and the page
   * stays; any other is a warning on the page as it now stands.
   */
  protected String refused(String formId, Refusal refusal) {
    String field = FieldMessages.fieldOf(refusal);
    if (formId != null && FieldMessages.warningOf(refusal) == null && !field.isEmpty()) {
      FieldMessages.show(refusal, formId, field);
      return null;
    }
    FieldMessages.warn(refusal);
    return self();
  }

  /** This page again, for the record as it now stands. */
  protected String self() {
    return shown().address() + "?faces-redirect=true&id=" + id;
  }

  protected T record() {
    return record;
  }

  public List<RevisionEntry> getHistory() {
    return shown().history().apply(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
