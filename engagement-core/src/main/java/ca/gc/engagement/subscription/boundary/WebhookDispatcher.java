package ca.gc.engagement.subscription.boundary;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.feed.boundary.ChangeSequencer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every node: the subscriptions due (behind the feed, their next attempt come,
 * their lease free) are claimed one by one, and each one this node wins is run apart ({@link
 * SubscriptionRun}), so subscriptions are delivered in parallel and one slow receiver holds up no
 * other. The lease is what makes a subscription delivered by one node at a time in a cluster; it
 * outlasts the longest run, and lapses by itself when a node dies mid-run, so another node (or this
 * one restarted) takes the subscription up again.
 */
// Reads no record (the runs read the feed as each subscriber): the clearance filter of the
// anonymous timer caller would hide nothing it needs.
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

  /** Longer than a run ({@link SubscriptionRun#RUN_FOR}) and its last attempt's 10 seconds. */
  static final Duration LEASE = Duration.ofSeconds(60);

  static final int MOST_PER_TICK = 50;

  /** This JVM: its node name, and a fresh id so that a restarted node is not its old self. */
  private static final String NODE =
      System.getProperty("jboss.node.name", "server") + "/" + UUID.randomUUID();

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @EJB private DeliveryLedger ledger;

  @EJB private SubscriptionRun run;

  @EJB private ChangeSequencer sequencer;

  @Inject private Department department;

  // Not persistent: every node ticks, and the lease keeps two from running one subscription.
  @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "webhook dispatcher")
  void tick() {
    try {
      Instant now = Instant.now(department.clock());
      long newest = sequencer.newest();
      for (long id : ledger.due(now, newest, MOST_PER_TICK)) {
        if (ledger.claim(id, NODE, now, now.plus(LEASE))) {
          run.deliver(id, NODE);
        }
      }
    } catch (RuntimeException databaseAway) {
      LOG.log(Level.FINE, "The webhook dispatcher could not reach the database", databaseAway);
    }
  }
}
