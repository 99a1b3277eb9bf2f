package ca.gc.engagement.subscription.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.feed.boundary.ChangeSequencer;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.subscription.entity.Delivery;
import ca.gc.engagement.subscription.entity.Subscription;
import ca.gc.engagement.subscription.entity.SubscriptionDraft;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Webhook subscriptions, each its creator's own: any signed-in account subscribes, and sees and
 * cancels its own subscriptions only; another account's reads as not there. What a subscription
 * sends is decided at each delivery by its owner's clearance then ({@link SubscriptionRun}).
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class SubscriptionService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @Inject private Department department;

  @EJB private ChangeSequencer sequencer;

  /**
   * A new subscription of the caller's, sending the changes committed from now on. {@code apiBase}
   * is the API's address as the caller reached it: the entries' {@code href}s are built on it.
   */
  public Subscription subscribe(@NotNull @Valid SubscriptionDraft draft, @NotBlank String apiBase) {
    Subscription subscription =
        Subscription.of(
            caller.name(), draft, apiBase, sequencer.newest(), Instant.now(department.clock()));
    em.persist(subscription);
    return subscription;
  }

  /** The caller's subscriptions, oldest first, cancelled ones included. */
  public Page<Subscription> mine(@NotNull @Valid PageRequest request) {
    List<Subscription> items =
        em.createQuery(
                "select s from Subscription s where s.owner = :owner order by s.id",
                Subscription.class)
            .setParameter("owner", caller.name())
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery("select count(s) from Subscription s where s.owner = :owner", Long.class)
            .setParameter("owner", caller.name())
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public Optional<Subscription> find(long id) {
    return Optional.ofNullable(em.find(Subscription.class, id))
        .filter(subscription -> subscription.getOwner().equals(caller.name()));
  }

  /** The subscription's delivery attempts, newest first. */
  public Page<Delivery> deliveries(long id, @NotNull @Valid PageRequest request) {
    mineOrRefuse(id);
    List<Delivery> items =
        em.createQuery(
                "select d from Delivery d where d.subscriptionId = :id order by d.id desc",
                Delivery.class)
            .setParameter("id", id)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery("select count(d) from Delivery d where d.subscriptionId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /** Stops its deliveries for good; it stays on file, cancelled, on the audit trail. */
  public Subscription cancel(long id) {
    Subscription subscription = mineOrRefuse(id);
    subscription.cancel();
    em.flush();
    return subscription;
  }

  private Subscription mineOrRefuse(long id) {
    return find(id).orElseThrow(() -> new RecordNotFoundException(Subscription.KIND, id));
  }
}
