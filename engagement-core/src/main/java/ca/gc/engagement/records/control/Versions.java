package ca.gc.engagement.records.control;

import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.Classified;
import java.util.Optional;

/**
 * The edit rule every service applies: the record must exist for the caller, at the version read.
 */
public final class Versions {

  private Versions() {}

  /**
   * The record as found, if it is still at the version the editor read.
   *
   * @throws RecordNotFoundException when it is not there for the caller
   * @throws StaleRecordException when someone changed it since
   */
  public static <T extends Classified> T current(
      Optional<T> found, String kind, long id, long expectedVersion) {
    T record = found.orElseThrow(() -> new RecordNotFoundException(kind, id));
    if (record.getVersion() != expectedVersion) {
      throw new StaleRecordException(kind, id);
    }
    return record;
  }
}
