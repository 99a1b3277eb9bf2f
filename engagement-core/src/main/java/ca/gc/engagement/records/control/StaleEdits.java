package ca.gc.engagement.records.control;

import ca.gc.engagement.records.entity.StaleRecordException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
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
    String kind =
        entity == null ? "record" : entity.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    StaleRecordException stale = new StaleRecordException(kind);
    stale.initCause(cause);
    return stale;
  }
}
