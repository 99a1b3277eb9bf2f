package ca.gc.engagement.subscription.boundary;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.feed.boundary.ChangeFeed;
import ca.gc.engagement.feed.boundary.ChangeSequencer;
import ca.gc.engagement.feed.entity.FeedEntry;
import ca.gc.engagement.feed.entity.FeedKind;
import ca.gc.engagement.feed.entity.FeedPage;
import ca.gc.engagement.security.control.RealmIdentities;
import ca.gc.engagement.subscription.control.ChangeMessage;
import ca.gc.engagement.subscription.control.WebhookPost;
import ca.gc.engagement.subscription.control.WebhookSettings;
import ca.gc.engagement.subscription.entity.Delivery;
import ca.gc.engagement.subscription.entity.DeliveryOutcome;
import ca.gc.engagement.subscription.entity.Subscription;
import ca.gc.engagement.subscription.entity.SubscriptionStatus;
import ca.gc.engagement.subscription.entity.WebhookSecret;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * One run of one subscription, on the node that holds its lease: the entries after its position
 * that its owner may see now, read as its owner (the feed applies the owner's clearance, as it does
 * to every caller), POSTed one at a time in feed order. Each is recorded, and the position moved,
 * in a transaction of its own right after its answer, so a crash resends at most the one in flight.
 * The first failure ends the run (a change is never skipped, so a record's changes arrive in
 * order); the run also ends after {@link #RUN_FOR}, well inside the lease, so that another node
 * never takes over a run still sending.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionRun {

  static final Duration RUN_FOR = Duration.ofSeconds(30);
  static final int PAGE = 20;

  private static final Logger LOG = Logger.getLogger(SubscriptionRun.class.getName());

  @EJB private DeliveryLedger ledger;

  @EJB private ChangeFeed feed;

  @EJB private ChangeSequencer sequencer;

  @Inject private WebhookSettings settings;

  @Inject private Department department;

  /**
   * Runs apart from the dispatcher's tick (the EJB asynchronous pool): subscriptions in parallel.
   */
  @Asynchronous
  public void deliver(long id, String node) {
    try {
      Optional<Subscription> leased = ledger.leased(id, node);
      if (leased.isEmpty()) {
        return;
      }
      Subscription subscription = leased.get();
      Optional<SecurityIdentity> owner = RealmIdentities.named(subscription.getOwner());
      if (owner.isEmpty()) {
        hold(subscription, node, "is not an account of the security realm any more");
        return;
      }
      try {
        owner
            .get()
            .runAs(
                (PrivilegedAction<Void>)
                    () -> {
                      deliverAsTheOwner(subscription, node);
                      return null;
                    });
      } catch (EJBAccessException noRoleNow) {
        hold(subscription, node, "has no role that reads the change feed any more");
      }
    } catch (RuntimeException failed) {
      // The database or the realm is away: the lease lapses and a later tick tries again.
      LOG.log(Level.WARNING, "Subscription " + id + ": the run stopped", failed);
    } finally {
      try {
        ledger.release(id, node);
      } catch (RuntimeException stillAway) {
        LOG.log(Level.FINE, "Subscription " + id + ": the lease will lapse", stillAway);
      }
    }
  }

  private void deliverAsTheOwner(Subscription subscription, String node) {
    long id = subscription.getId();
    byte[] key = WebhookSecret.key(subscription.getSecret()).orElseThrow();
    URI receiver = URI.create(subscription.getUrl());
    Set<FeedKind> kinds =
        subscription.getKinds().stream()
            .map(kind -> FeedKind.ofCollection(kind).orElseThrow())
            .collect(Collectors.toSet());
    int failuresInARow = subscription.getAttempts();
    long position = subscription.getDeliveredUpTo();
    Instant until = now().plus(RUN_FOR);
    while (now().isBefore(until)) {
      long newest = sequencer.newest();
      FeedPage page = feed.after(position, kinds, PAGE);
      if (page.entries().isEmpty()) {
        ledger.caughtUp(id, node, newest);
        return;
      }
      for (FeedEntry entry : page.entries()) {
        // Cancelled (or suspended, or taken over) since the run began: not one more POST.
        if (!now().isBefore(until) || ledger.leased(id, node).isEmpty()) {
          return;
        }
        String webhookId = ChangeMessage.webhookId(id, entry);
        Instant attemptedAt = now();
        WebhookPost.Sent sent =
            WebhookPost.send(
                receiver,
                key,
                webhookId,
                attemptedAt,
                ChangeMessage.body(entry, subscription.getApiBase()));
        Delivery delivery =
            new Delivery(
                id,
                entry.position(),
                webhookId,
                failuresInARow + 1,
                attemptedAt,
                sent.statusCode(),
                sent.outcome(),
                sent.answer(),
                sent.elapsed());
        if (!sent.delivered()) {
          ledger.failed(
              id,
              node,
              delivery,
              now(),
              settings.giveUpAfter(),
              false,
              "The receiver's last answer: "
                  + sent.outcome()
                  + (sent.statusCode() == null ? "" : " " + sent.statusCode()));
          return;
        }
        ledger.delivered(id, node, delivery);
        failuresInARow = 0;
        position = entry.position();
      }
    }
  }

  /** The owner may not read the feed (any more): nothing is sent, and the reason shows. */
  private void hold(Subscription subscription, String node, String why) {
    Instant now = now();
    SubscriptionStatus status =
        ledger.failed(
            subscription.getId(),
            node,
            new Delivery(
                subscription.getId(),
                subscription.getDeliveredUpTo(),
                "-",
                subscription.getAttempts() + 1,
                now,
                null,
                DeliveryOutcome.HELD,
                null,
                Duration.ZERO),
            now,
            settings.giveUpAfter(),
            true,
            "Held: its owner " + subscription.getOwner() + " " + why);
    LOG.info(() -> "Subscription " + subscription.getId() + " is " + status + ": its owner " + why);
  }

  private Instant now() {
    return Instant.now(department.clock());
  }
}
