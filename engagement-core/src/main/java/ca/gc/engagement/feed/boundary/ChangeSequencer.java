package ca.gc.engagement.feed.boundary;

import ca.gc.engagement.feed.control.ChangeLog;
import ca.gc.engagement.schema.control.DatabaseOutage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives committed changes their place in the change feed (decision 0036): before a feed read finds
 * some without one, and every two seconds on each node, so that positions appear without readers
 * (what a dispatcher of the feed waits for). A tick with nothing to number costs one index look-up;
 * the numbering itself runs in a transaction of its own, so that it is committed, and its lock on
 * the counter released, before the read that asked for it begins.
 */
// Numbers every change whatever its record's classification (a reader's clearance applies when the
// feed is read, not here), reads no record and returns nothing to anyone: no clearance filter.
@ExcludeDefaultInterceptors
@Stateless
@PermitAll
public class ChangeSequencer {

  private static final Logger LOG = Logger.getLogger(ChangeSequencer.class.getName());

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /**
   * The last position given ({@link ChangeLog#newest}): a number, not an entry, so any caller may
   * have it (the webhook dispatcher, which runs as nobody, compares subscriptions with it).
   */
  public long newest() {
    return ChangeLog.newest(em);
  }

  /** Numbers what waits, in a transaction of its own; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int number() {
    return ChangeLog.number(em);
  }

  // Not persistent: every node ticks, and the counter's lock keeps two from numbering at once. The
  // look-up runs outside a transaction, so that a tick while the database is away fails no
  // transaction (the container would retry the timeout and log it each time) and is only skipped.
  @Schedule(
      hour = "*",
      minute = "*",
      second = "*/2",
      persistent = false,
      info = "change feed sequencer")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      if (ChangeLog.unnumbered(em)) {
        int numbered = context.getBusinessObject(ChangeSequencer.class).number();
        LOG.fine(() -> "Numbered " + numbered + " changes of the feed");
      }
    } catch (PersistenceException | EJBException failed) {
      // The database away (an outage the readiness check reports) is no news; anything else is
      // ours.
      // Either way the next tick tries again.
      LOG.log(
          DatabaseOutage.causedBy(failed) ? Level.FINE : Level.WARNING,
          "The change feed's sequencer could not number the changes",
          failed);
    }
  }
}
