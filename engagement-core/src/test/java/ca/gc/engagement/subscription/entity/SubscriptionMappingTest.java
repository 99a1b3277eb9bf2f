package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.schema.control.MigratedDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionMappingTest {

  private static final Instant NOW = Instant.parse("2026-01-16T02:00:00Z");

  private MigratedDatabase db;

  @BeforeEach
  void migrate() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long subscribe() {
    return db.inTransaction(
        em -> {
          Subscription subscription =
              Subscription.of(
                  "officer",
                  new SubscriptionDraft(
                      "http://127.0.0.1:9123/hooks",
                      Set.of("meetings", "agreements"),
                      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                  "http://127.0.0.1:8280/engagement/api/v1/",
                  41,
                  NOW);
          em.persist(subscription);
          return subscription.getId();
        });
  }

  private List<Number> revisions(long id) {
    return db.inTransaction(em -> AuditReaderFactory.get(em).getRevisions(Subscription.class, id));
  }

  @Test
  void readsBackAsSubscribed() {
    long id = subscribe();

    Subscription read = db.inTransaction(em -> em.find(Subscription.class, id));
    assertEquals("officer", read.getOwner());
    assertEquals(Set.of("agreements", "meetings"), read.getKinds());
    assertEquals(SubscriptionStatus.ACTIVE, read.getStatus());
    assertEquals(41, read.getDeliveredUpTo());
    assertEquals(NOW, read.getNextAttemptAt());
  }

  /**
   * The dispatcher moves a subscription on with bulk updates of its progress: Envers sees none of
   * them, so a delivery writes no revision; creation and cancellation do.
   */
  @Test
  void creationAndCancellationAreAuditedDeliveriesAreNot() {
    long id = subscribe();
    db.runInTransaction(
        em ->
            em.createQuery(
                    "update Subscription s set s.deliveredUpTo = 42, s.attempts = 0,"
                        + " s.leaseOwner = null where s.id = :id")
                .setParameter("id", id)
                .executeUpdate());
    assertEquals(1, revisions(id).size());

    db.runInTransaction(em -> em.find(Subscription.class, id).cancel());

    List<SubscriptionStatus> statuses =
        db.inTransaction(
            em -> {
              var reader = AuditReaderFactory.get(em);
              return reader.getRevisions(Subscription.class, id).stream()
                  .map(rev -> reader.find(Subscription.class, id, rev).getStatus())
                  .toList();
            });
    assertEquals(List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.CANCELLED), statuses);
    assertEquals(42L, db.inTransaction(em -> em.find(Subscription.class, id)).getDeliveredUpTo());
  }

  /** A cancellation writes what it changed, not the progress it read (which may have moved on). */
  @Test
  void aCancellationWritesBackNoProgress() {
    long id = subscribe();
    db.runInTransaction(
        em -> {
          Subscription read = em.find(Subscription.class, id);
          em.createNativeQuery("update subscription set delivered_up_to = 50 where id = " + id)
              .executeUpdate();
          read.cancel();
        });

    assertEquals(50L, db.inTransaction(em -> em.find(Subscription.class, id)).getDeliveredUpTo());
  }

  @Test
  void theSecretIsNotOnTheAuditTrail() {
    long id = subscribe();

    Subscription audited =
        db.inTransaction(
            em -> AuditReaderFactory.get(em).find(Subscription.class, id, revisions(id).get(0)));
    assertEquals(null, audited.getSecret());
  }

  @Test
  void aCancelledSubscriptionStaysCancelled() {
    long id = subscribe();
    db.runInTransaction(em -> em.find(Subscription.class, id).cancel());

    assertThrows(
        IllegalTransitionException.class,
        () -> db.runInTransaction(em -> em.find(Subscription.class, id).cancel()));
  }

  /** Subscriptions are not records: the change feed's hook notes none of their revisions. */
  @Test
  void noSubscriptionIsInTheChangeFeed() {
    long id = subscribe();
    db.runInTransaction(em -> em.find(Subscription.class, id).cancel());

    Number noted =
        db.inTransaction(
            em ->
                (Number)
                    em.createNativeQuery(
                            "select count(*) from record_change where record_table = 'subscription'")
                        .getSingleResult());
    assertEquals(0, noted.intValue());
  }
}
