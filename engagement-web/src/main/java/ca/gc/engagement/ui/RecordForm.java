package ca.gc.engagement.ui;

import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.security.entity.Classified;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record's form: a new record, or the one to revise ({@code ?id=}) as it stands, for the roles
 * that may edit it (anyone else gets the forbidden page, not a form the service would refuse). It
 * keeps the version it was opened on: a save over someone else's change is refused plainly with a
 * way to reload, and nothing is overwritten. What the service refuses is said next to the input it
 * concerns ({@link FieldMessages}); a save answers with a redirect (post-redirect-get). A form says
 * only what is its own: its fields, how they are filled from the record, and its service calls.
 *
 * @param <T> the record edited
 */
public abstract class RecordForm<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;

  private Long id;
  private long version;
  private boolean stale;

  /**
   * What the form edits and where: the id of its {@code h:form}, whose inputs are named after the
   * fields; its own address, as an outcome ({@code /missions/edit}); how the service finds the
   * record to revise (if the reader may see it).
   */
  public record Edited<T>(String form, String address, Supplier<Optional<T>> find) {}

  /** The form and the service's call that finds its record, as {@link Edited} says. */
  protected abstract Edited<T> edited();

  /** The form's fields from the record as it stands. */
  protected abstract void fill(T record);

  /** The version the record is at: the one a revision is made on. */
  protected long versionOf(T record) {
    // every record but a sector is Classified; the sector form says its own
    return ((Classified) record).getVersion();
  }

  /** Whether the user may use this form: officers and above, unless the form says otherwise. */
  protected boolean mayUse(CurrentUser user) {
    return user.isMayEdit();
  }

  /**
   * A new record's presets (from the record it is started from, say); false when what it is started
   * from is not there (404).
   */
  protected boolean start() {
    return true;
  }

  /** What the form reads once opened (the options of its menus); nothing by default. */
  protected void opened() {}

  /** f:viewAction. */
  public void load() {
    if (!mayUse(user)) {
      Views.forbidden();
      return;
    }
    boolean there = isNew() ? start() : edited().find().get().map(this::open).orElse(false);
    if (!there) {
      Views.notFound();
      return;
    }
    opened();
  }

  private boolean open(T record) {
    version = versionOf(record);
    fill(record);
    stale = false;
    return true;
  }

  /**
   * Saves through the service; {@code then} says so and answers where to go. A refusal is said
   * where it belongs and the form stays as typed; a lost race marks the form stale.
   */
  protected String saved(Supplier<T> save, Function<T, String> then) {
    try {
      return then.apply(save.get());
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, formId(), inputs());
    } catch (StaleRecordException changed) {
      stale = true;
    } catch (Refusal refusal) {
      refused(refusal);
    }
    return null;
  }

  /** A refusal next to the input it concerns, in the page's language. */
  protected void refused(Refusal refusal) {
    String field = FieldMessages.fieldOf(refusal);
    FieldMessages.show(refusal, formId(), inputs().getOrDefault(field, field));
  }

  /**
   * The fields the form shows through an input of another name: a service's field path ({@code
   * source.url}) to the input's id ({@code sourceUrl}); none by default.
   */
  protected Map<String, String> inputs() {
    return Map.of();
  }

  /** After a conflict: the record as it now stands, the user's unsaved edits dropped. */
  public String reload() {
    return edited().address() + "?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isStale() {
    return stale;
  }

  /** The version the form was opened on. */
  protected long version() {
    return version;
  }

  protected String formId() {
    return edited().form();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
