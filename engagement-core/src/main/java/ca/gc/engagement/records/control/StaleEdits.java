package ca.gc.engagement.records.control;

import ca.gc.engagement.records.entity.StaleRecordException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;

/**
 * Two edits of the same version at the same moment both pass the services' version check; the
 * database's version column then refuses the second at flush. This turns that refusal into the same
 * {@link StaleRecordException} the check gives, so the loser hears "reload and edit again", not a
 * server error.
 */
public class StaleEdits {

  @AroundInvoke
  public Object report(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (OptimisticLockException lost) {
      throw stale(lost.getEntity(), lost);
    } catch (StaleStateException lost) {
      throw stale(null, lost);
    }
  }

  private static StaleRecordException stale(Object entity, RuntimeException cause) {
    StaleRecordException stale = new StaleRecordException(kindOf(entity));
    stale.initCause(cause);
    return stale;
  }

  /**
   * The record kind as messages name it: the entity's {@code KIND} ("trade measure"), else
   * "record", so that the refusal has words in both languages.
   */
  private static String kindOf(Object entity) {
    if (entity != null) {
      try {
        if (entity.getClass().getField("KIND").get(null) instanceof String kind) {
          return kind;
        }
      } catch (NoSuchFieldException | IllegalAccessException noKind) {
        // an entity that names no kind reads as a record
      }
    }
    return "record";
  }
}
