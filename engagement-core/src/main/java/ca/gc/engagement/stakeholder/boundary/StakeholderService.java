package ca.gc.engagement.stakeholder.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.search.control.FoundRecords;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stakeholders as the pages, the API and the other aggregates (statements) see them: never above
 * the caller's clearance. Every signed-in role reads; officers and above record, revise and
 * archive.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class StakeholderService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Stakeholder record(@NotNull @Valid StakeholderDraft draft) {
    caller.mayRecord(draft.classification());
    Stakeholder stakeholder = Stakeholder.record(draft);
    em.persist(stakeholder);
    return stakeholder;
  }

  public Optional<Stakeholder> find(long id) {
    return caller.visible(em.find(Stakeholder.class, id));
  }

  /**
   * Replaces the stakeholder's content with the draft, if nobody changed it since the caller read
   * version {@code expectedVersion}.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Stakeholder revise(long id, long expectedVersion, @NotNull @Valid StakeholderDraft draft) {
    Stakeholder stakeholder = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    stakeholder.revise(draft);
    em.flush();
    return stakeholder;
  }

  /** Instead of a delete: the stakeholder and their statements stay on file. */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Stakeholder archive(long id, long expectedVersion) {
    Stakeholder stakeholder = current(id, expectedVersion);
    stakeholder.moveTo(StakeholderStatus.ARCHIVED);
    em.flush();
    return stakeholder;
  }

  /** Stakeholders by name, archived ones included; two statements whatever the page size. */
  public Page<Stakeholder> list(@NotNull @Valid PageRequest request) {
    return list(StakeholderQuery.everything(), request);
  }

  /**
   * Stakeholders matching a query (words in the name or organisation, country, status), in its
   * order; two statements whatever the page size.
   */
  public Page<Stakeholder> list(
      @NotNull @Valid StakeholderQuery query, @NotNull @Valid PageRequest request) {
    Order<StakeholderQuery.Field> order = query.order();
    return Listing.of(Stakeholder.class, "s")
        .containing(query.q(), "s.name", "s.organisation")
        // A jurisdiction is a country (CN) or a subdivision of one (CA-SK): the code starts it.
        .where(
            "s.jurisdiction like :country",
            "country",
            query.country() == null ? null : query.country() + "%")
        .where("s.status = :status", "status", query.statusValue())
        .orderBy(
            switch (order.field()) {
              case NAME -> "lower(s.name)";
              case ORGANISATION -> "lower(s.organisation)";
              case JURISDICTION -> "s.jurisdiction";
              case STATUS -> "s.status";
            },
            order.ascending())
        .page(em, request);
  }

  /**
   * The stakeholders with these ids that the caller may see, in the order given; one statement. A
   * list of statements names who made each with it, a page at a time.
   */
  public List<Stakeholder> findAll(@NotNull Collection<@NotNull Long> ids) {
    return FoundRecords.byIds(em, Stakeholder.class, ids);
  }

  public List<RevisionEntry> history(long id) {
    return history.of(Stakeholder.class, Stakeholder.KIND, id);
  }

  private Stakeholder current(long id, long expectedVersion) {
    return Versions.current(find(id), Stakeholder.KIND, id, expectedVersion);
  }
}
