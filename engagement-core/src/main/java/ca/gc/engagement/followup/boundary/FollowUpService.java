package ca.gc.engagement.followup.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.FollowUpQuery;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.followup.entity.OverdueCheck;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.security.control.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.jpa.HibernateHints;

/**
 * Follow-ups as the pages, the API and the dashboard see them. A follow-up's origin must be a
 * record the caller may see; a missing one comes back as a {@link RuleViolationException} on {@code
 * originId}. Every signed-in role reads; officers and above record and close.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class FollowUpService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private MissionService missions;

  @EJB private MeetingService meetings;

  @EJB private AgreementService agreements;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public FollowUp record(@NotNull @Valid FollowUpDraft draft) {
    caller.mayRecord(draft.classification());
    requireVisibleOrigin(draft.originKind(), draft.originId());
    FollowUp followUp = FollowUp.record(draft);
    em.persist(followUp);
    return followUp;
  }

  public Optional<FollowUp> find(long id) {
    return caller.visible(em.find(FollowUp.class, id));
  }

  /**
   * Replaces the follow-up's content with the draft, if nobody changed it since the caller read
   * version {@code expectedVersion}.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public FollowUp revise(long id, long expectedVersion, @NotNull @Valid FollowUpDraft draft) {
    FollowUp followUp = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    requireVisibleOrigin(draft.originKind(), draft.originId());
    followUp.revise(draft);
    em.flush();
    return followUp;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public FollowUp complete(long id, long expectedVersion) {
    return change(id, expectedVersion, FollowUp::complete);
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public FollowUp drop(long id, long expectedVersion) {
    return change(id, expectedVersion, FollowUp::drop);
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public FollowUp reopen(long id, long expectedVersion) {
    return change(id, expectedVersion, FollowUp::reopen);
  }

  /** Follow-ups by due date, soonest first; two statements whatever the page size. */
  public Page<FollowUp> list(@NotNull @Valid PageRequest request) {
    return list(FollowUpQuery.everything(), request);
  }

  /**
   * Follow-ups matching a query (words in the description, status, due dates), in its order; two
   * statements whatever the page size.
   */
  public Page<FollowUp> list(
      @NotNull @Valid FollowUpQuery query, @NotNull @Valid PageRequest request) {
    Order<FollowUpQuery.Field> order = query.order();
    return Listing.of(FollowUp.class, "f")
        .containing(query.q(), "f.description")
        .where("f.status = :status", "status", query.statusValue())
        .where("f.dueDate >= :from", "from", query.from())
        .where("f.dueDate <= :to", "to", query.to())
        .orderBy(
            switch (order.field()) {
              case DUE_DATE -> "f.dueDate";
              case OWNER -> "lower(f.owner)";
              case STATUS -> "f.status";
            },
            order.ascending())
        .page(em, request);
  }

  /**
   * The open follow-ups due on or before a day, soonest first: with today plus a margin, what the
   * dashboard shows as overdue or due soon. Cached queries (decision 0025), as are those of {@link
   * #wentOverdueOn}: every dashboard asks them, and at a million meetings they read much of the
   * table.
   */
  public Page<FollowUp> dueBy(@NotNull LocalDate day, @NotNull @Valid PageRequest request) {
    var items =
        em.createQuery(
                "select f from FollowUp f where f.status = :open and f.dueDate <= :day"
                    + " order by f.dueDate, f.id",
                FollowUp.class)
            .setParameter("open", FollowUpStatus.OPEN)
            .setParameter("day", day)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery(
                "select count(f) from FollowUp f where f.status = :open and f.dueDate <= :day",
                Long.class)
            .setParameter("open", FollowUpStatus.OPEN)
            .setParameter("day", day)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /** The follow-ups of one mission, meeting or agreement, by due date, whatever their status. */
  public List<FollowUp> forOrigin(@NotNull OriginKind kind, @Positive long originId) {
    return em.createQuery(
            "select f from FollowUp f where f.originKind = :kind and f.originId = :id"
                + " order by f.dueDate, f.id",
            FollowUp.class)
        .setParameter("kind", kind)
        .setParameter("id", originId)
        .getResultList();
  }

  /**
   * The open follow-ups of any of these origins (a mission, its meetings, its agreements), by due
   * date; one statement however many origins, none for none.
   */
  public List<FollowUp> openFrom(@NotNull Map<OriginKind, ? extends Collection<Long>> origins) {
    List<String> any = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    origins.forEach(
        (kind, ids) -> {
          if (!ids.isEmpty()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            any.add("(f.originKind = :" + name + "Kind and f.originId in :" + name + "Ids)");
            parameters.put(name + "Kind", kind);
            parameters.put(name + "Ids", Set.copyOf(ids));
          }
        });
    if (any.isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
            "select f from FollowUp f where f.status = :open and ("
                + String.join(" or ", any)
                + ") order by f.dueDate, f.id",
            FollowUp.class);
    query.setParameter("open", FollowUpStatus.OPEN);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /** The latest day's overdue check ({@link DailyOverdueCheck}), if one has run. */
  public Optional<OverdueCheck> lastOverdueCheck() {
    return em.createQuery("select c from OverdueCheck c order by c.day desc", OverdueCheck.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * A page of the follow-ups a day's check found newly overdue, by due date, with their total:
   * those the caller may see (through the clearance filter). Two statements whatever the day's
   * count.
   */
  public Page<FollowUp> wentOverdueOn(@NotNull LocalDate day, @NotNull @Valid PageRequest request) {
    String noticed =
        " where f.id in (select n.followUpId from OverdueNotice n where n.checkDay = :day)";
    var items =
        em.createQuery(
                "select f from FollowUp f" + noticed + " order by f.dueDate, f.id", FollowUp.class)
            .setParameter("day", day)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery("select count(f) from FollowUp f" + noticed, Long.class)
            .setParameter("day", day)
            .setHint(HibernateHints.HINT_CACHEABLE, true)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  public List<RevisionEntry> history(long id) {
    return history.of(FollowUp.class, FollowUp.KIND, id);
  }

  /**
   * The one place that says whether a follow-up's origin exists and the caller may see it. Missions
   * are checked through MissionService; meetings and agreements are accepted by id alone until
   * their services exist: the integrator adds their {@code find(id).isPresent()} here.
   */
  private void requireVisibleOrigin(OriginKind kind, long originId) {
    boolean visible =
        switch (kind) {
          case MISSION -> missions.find(originId).isPresent();
          case MEETING -> meetings.find(originId).isPresent();
          case AGREEMENT -> agreements.find(originId).isPresent();
        };
    if (!visible) {
      throw RuleViolationException.noSuch("originId", kind.kind(), originId);
    }
  }

  private FollowUp change(long id, long expectedVersion, Consumer<FollowUp> change) {
    FollowUp followUp = current(id, expectedVersion);
    change.accept(followUp);
    em.flush();
    return followUp;
  }

  private FollowUp current(long id, long expectedVersion) {
    return Versions.current(find(id), FollowUp.KIND, id, expectedVersion);
  }
}
