package ca.gc.engagement.subscription.boundary;

import ca.gc.engagement.subscription.entity.Backoff;
import ca.gc.engagement.subscription.entity.Delivery;
import ca.gc.engagement.subscription.entity.Subscription;
import ca.gc.engagement.subscription.entity.SubscriptionStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The dispatcher's bookkeeping, each step in a short transaction of its own, committed before the
 * next attempt: which subscriptions are due, the lease that lets one node alone deliver a
 * subscription, and after each attempt the delivery row and the subscription's progress together.
 * Progress is written with conditional bulk updates that hold only while this node has the lease
 * and the subscription still delivers, so a cancellation, or another node that took over an expired
 * lease, is never overwritten; and they pass by Envers, so no delivery writes a revision.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryLedger {

  private static final List<SubscriptionStatus> DELIVERING =
      List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.HELD);

  @PersistenceContext private EntityManager em;

  /**
   * Up to {@code most} subscriptions that still deliver, whose next attempt is due, whose lease is
   * free, and that are behind the feed's newest position, the longest waiting first.
   */
  public List<Long> due(Instant now, long newest, int most) {
    return em.createQuery(
            """
            select s.id from Subscription s
            where s.status in :delivering and s.nextAttemptAt <= :now
              and (s.leaseUntil is null or s.leaseUntil < :now)
              and s.deliveredUpTo < :newest
            order by s.nextAttemptAt, s.id
            """,
            Long.class)
        .setParameter("delivering", DELIVERING)
        .setParameter("now", now)
        .setParameter("newest", newest)
        .setMaxResults(most)
        .getResultList();
  }

  /**
   * Takes the subscription's lease until {@code until}, if it is free: one statement, so of two
   * nodes that both found it due, one changes the row and the other changes nothing.
   */
  public boolean claim(long id, String node, Instant now, Instant until) {
    return em.createQuery(
                """
                update Subscription s set s.leaseOwner = :node, s.leaseUntil = :until
                where s.id = :id and s.status in :delivering
                  and (s.leaseUntil is null or s.leaseUntil < :now)
                """)
            .setParameter("node", node)
            .setParameter("until", until)
            .setParameter("id", id)
            .setParameter("delivering", DELIVERING)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The subscription as it stands, read afresh, if this node holds its lease. */
  public Optional<Subscription> leased(long id, String node) {
    return em.createQuery(
            "select s from Subscription s where s.id = :id and s.leaseOwner = :node"
                + " and s.status in :delivering",
            Subscription.class)
        .setParameter("id", id)
        .setParameter("node", node)
        .setParameter("delivering", DELIVERING)
        .getResultStream()
        .findFirst();
  }

  /** The receiver took the change: the subscription moves past it, and fails no more. */
  public void delivered(long id, String node, Delivery delivery) {
    em.persist(delivery);
    em.createQuery(
            """
            update Subscription s set s.deliveredUpTo = :position, s.attempts = 0,
              s.failingSince = null, s.reason = null, s.status = :active
            where s.id = :id and s.leaseOwner = :node and s.status in :delivering
              and s.deliveredUpTo < :position
            """)
        .setParameter("position", delivery.getPosition())
        .setParameter("active", SubscriptionStatus.ACTIVE)
        .setParameter("id", id)
        .setParameter("node", node)
        .setParameter("delivering", DELIVERING)
        .executeUpdate();
  }

  /**
   * Nothing after the subscription's position that its owner may see, up to {@code newest}: it need
   * not read those entries again.
   */
  public void caughtUp(long id, String node, long newest) {
    em.createQuery(
            """
            update Subscription s set s.deliveredUpTo = :newest
            where s.id = :id and s.leaseOwner = :node and s.status in :delivering
              and s.deliveredUpTo < :newest
            """)
        .setParameter("newest", newest)
        .setParameter("id", id)
        .setParameter("node", node)
        .setParameter("delivering", DELIVERING)
        .executeUpdate();
  }

  /**
   * The attempt failed (or could not be made: {@code held} with the reason): the delivery is kept,
   * the next attempt waits as {@link Backoff} says, and a subscription failing for {@code
   * giveUpAfter} or longer is suspended with the reason. Returns the status it is left in.
   */
  public SubscriptionStatus failed(
      long id,
      String node,
      Delivery delivery,
      Instant now,
      Duration giveUpAfter,
      boolean held,
      String reason) {
    em.persist(delivery);
    Optional<Subscription> leased = leased(id, node);
    if (leased.isEmpty()) {
      return SubscriptionStatus.CANCELLED;
    }
    Subscription subscription = leased.get();
    int attempts = subscription.getAttempts() + 1;
    Instant failingSince =
        subscription.getFailingSince() == null ? now : subscription.getFailingSince();
    boolean givenUp = Duration.between(failingSince, now).compareTo(giveUpAfter) >= 0;
    SubscriptionStatus status =
        givenUp
            ? SubscriptionStatus.SUSPENDED
            : held ? SubscriptionStatus.HELD : SubscriptionStatus.ACTIVE;
    String why =
        givenUp
            ? "Suspended: every attempt failed for "
                + giveUpAfter
                + " since "
                + failingSince
                + "; the last: "
                + reason
            : reason;
    em.createQuery(
            """
            update Subscription s set s.attempts = :attempts, s.failingSince = :failingSince,
              s.nextAttemptAt = :next, s.status = :status, s.reason = :reason
            where s.id = :id and s.leaseOwner = :node and s.status in :delivering
            """)
        .setParameter("attempts", attempts)
        .setParameter("failingSince", failingSince)
        .setParameter("next", now.plus(Backoff.after(attempts)))
        .setParameter("status", status)
        .setParameter("reason", why.length() > 500 ? why.substring(0, 500) : why)
        .setParameter("id", id)
        .setParameter("node", node)
        .setParameter("delivering", DELIVERING)
        .executeUpdate();
    return status;
  }

  /** Lets the lease go, so the next due tick on any node may take it. */
  public void release(long id, String node) {
    em.createQuery(
            """
            update Subscription s set s.leaseOwner = null, s.leaseUntil = null
            where s.id = :id and s.leaseOwner = :node
            """)
        .setParameter("id", id)
        .setParameter("node", node)
        .executeUpdate();
  }
}
