package ca.gc.engagement.records.entity;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the caller read it: their edit is refused, never merged
 * silently. They reload, look at the other change, and edit again.
 */
@ApplicationException(rollback = true)
public class StaleRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StaleRecordException(String kind, long id) {
    this(kind);
  }

  public StaleRecordException(String kind) {
    super(
        "This "
            + kind
            + " was changed by someone else after you opened it. Reload it to see their change,"
            + " then make yours again.");
  }
}
