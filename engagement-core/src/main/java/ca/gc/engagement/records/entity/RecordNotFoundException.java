package ca.gc.engagement.records.entity;

import jakarta.ejb.ApplicationException;

/**
 * No record of that kind with that id, or none the caller may see: both read the same, so that a
 * refusal never reveals that a classified record exists.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String kind, Object id) {
    super("There is no " + kind + " " + id + ".");
  }
}
