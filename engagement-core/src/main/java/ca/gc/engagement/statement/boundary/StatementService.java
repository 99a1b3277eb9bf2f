package ca.gc.engagement.statement.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.control.FoundRecords;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.entity.RelatedStatementsQuery;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import ca.gc.engagement.statement.entity.StatementStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Statements as the pages and the API see them: never above the caller's clearance. The stakeholder
 * and the mission a draft names must exist and be visible to the caller (otherwise "not found",
 * exactly as if they did not exist); they are asked through their own services, and the sectors
 * through the sector catalogue. Every signed-in role reads; officers and above record, revise and
 * withdraw. Withdrawn statements stay in every list, with their status.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class StatementService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private StakeholderService stakeholders;

  @EJB private MissionService missions;

  @EJB private SectorService sectors;

  @EJB private RecordSearch search;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Statement record(@NotNull @Valid StatementDraft draft) {
    caller.mayRecord(draft.classification());
    Stakeholder about = stakeholder(draft.stakeholderId());
    requireMission(draft.missionId());
    sectors.requireKnown(draft.sectors());
    Statement statement = Statement.record(draft, about);
    em.persist(statement);
    return statement;
  }

  /**
   * The statement, if the caller may see both it and its stakeholder: a list shows a statement at
   * the stricter of the two classifications (its line prints the stakeholder's name), so a single
   * read does too; otherwise "not found", for reads and edits alike.
   */
  public Optional<Statement> find(long id) {
    return caller
        .visible(em.find(Statement.class, id))
        .filter(s -> caller.visible(em.find(Stakeholder.class, s.getStakeholderId())).isPresent());
  }

  /**
   * Replaces the statement's content with the draft, if nobody changed it since the caller read
   * version {@code expectedVersion}.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Statement revise(long id, long expectedVersion, @NotNull @Valid StatementDraft draft) {
    Statement statement = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    Stakeholder about = stakeholder(draft.stakeholderId());
    requireMission(draft.missionId());
    sectors.requireKnown(draft.sectors());
    statement.revise(draft, about);
    em.flush();
    return statement;
  }

  /** Instead of a delete: the statement stays on file, and its history shows the withdrawal. */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Statement withdraw(long id, long expectedVersion) {
    Statement statement = current(id, expectedVersion);
    statement.moveTo(StatementStatus.WITHDRAWN);
    em.flush();
    return statement;
  }

  /** Statements by date, newest first; two statements whatever the page size (sectors batched). */
  public Page<Statement> list(@NotNull @Valid PageRequest request) {
    var items =
        em.createQuery("select s from Statement s order by s.date desc, s.id desc", Statement.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(s) from Statement s", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Statements matching a search (words, country, sector, status, dates, order), through the one
   * search; three statements whatever the page size, and one for the statements' sectors.
   */
  public Page<Statement> search(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    return FoundRecords.loadIds(
        em, Statement.class, search.idsOfOneKind(query.of(RecordKind.STATEMENT), request));
  }

  /** What one stakeholder said, newest first. */
  public Page<Statement> byStakeholder(long stakeholderId, @NotNull @Valid PageRequest request) {
    stakeholder(stakeholderId);
    var items =
        em.createQuery(
                "select s from Statement s where s.stakeholderId = :stakeholder"
                    + " order by s.date desc, s.id desc",
                Statement.class)
            .setParameter("stakeholder", stakeholderId)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total =
        em.createQuery(
                "select count(s) from Statement s where s.stakeholderId = :stakeholder", Long.class)
            .setParameter("stakeholder", stakeholderId)
            .getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /** Everything said during or about one mission, newest first; a mission holds a few dozen. */
  public List<Statement> forMission(long missionId) {
    requireMission(missionId);
    return em.createQuery(
            "select s from Statement s where s.missionId = :mission"
                + " order by s.date desc, s.id desc",
            Statement.class)
        .setParameter("mission", missionId)
        .getResultList();
  }

  /**
   * The {@code most} latest statements related to a mission (newest first) and how many are related
   * in all, both chosen by the database: two statements (and one batch for the sectors) whatever
   * the file holds, no list of ids sent to it. The stakeholder must be visible too (a statement is
   * shown with its author), so the clearance is compared on both records.
   */
  public Page<Statement> related(@NotNull RelatedStatementsQuery query, int most) {
    String where =
        " from Statement s, Stakeholder k where k.id = s.stakeholderId"
            + " and k.classification <= :clearance and s.status <> :withdrawn"
            + " and (s.missionId = :mission or (s.date between :first and :last"
            + " and (k.jurisdiction = :country or k.jurisdiction like :subdivision"
            + (query.sectors().isEmpty()
                ? ""
                : " or exists (select 1 from Statement t join t.sectors x"
                    + " where t.id = s.id and x in :sectors)")
            + ")))";
    var items =
        bind(
                em.createQuery(
                    "select s" + where + " order by s.date desc, s.id desc", Statement.class),
                query)
            .setMaxResults(most)
            .getResultList();
    long total =
        bind(em.createQuery("select count(s)" + where, Long.class), query).getSingleResult();
    return new Page<>(items, 0, most, total);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> typed, RelatedStatementsQuery query) {
    typed
        .setParameter("clearance", caller.clearance())
        .setParameter("withdrawn", StatementStatus.WITHDRAWN)
        .setParameter("mission", query.missionId())
        .setParameter("first", query.from())
        .setParameter("last", query.to())
        .setParameter("country", query.counterpart())
        .setParameter("subdivision", query.counterpart() + "-%");
    if (!query.sectors().isEmpty()) {
      typed.setParameter("sectors", query.sectors());
    }
    return typed;
  }

  public List<RevisionEntry> history(long id) {
    return history.of(Statement.class, Statement.KIND, id);
  }

  private Stakeholder stakeholder(long id) {
    return stakeholders
        .find(id)
        .orElseThrow(() -> new RecordNotFoundException(Stakeholder.KIND, id));
  }

  private void requireMission(Long id) {
    if (id != null && missions.find(id).isEmpty()) {
      throw new RecordNotFoundException(Mission.KIND, id);
    }
  }

  private Statement current(long id, long expectedVersion) {
    return Versions.current(find(id), Statement.KIND, id, expectedVersion);
  }
}
