package ca.gc.engagement.mission.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.Versions;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.control.FoundRecords;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.security.control.Caller;
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
 * Missions as the pages and the API see them. Parameters are validated on the way in (an invalid
 * draft comes back as a ConstraintViolationException, one violation per field); reads answer with
 * an Optional or a Page, never null, and never a record above the caller's clearance. Every
 * signed-in role reads; officers and above record.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class MissionService {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @EJB private RecordHistory history;

  @EJB private RecordSearch search;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Mission plan(@NotNull @Valid MissionDraft draft) {
    caller.mayRecord(draft.classification());
    Mission mission = Mission.plan(draft);
    em.persist(mission);
    return mission;
  }

  public Optional<Mission> find(long id) {
    return caller.visible(em.find(Mission.class, id));
  }

  /**
   * Replaces the mission's content with the draft, if nobody changed it since the caller read
   * version {@code expectedVersion}.
   */
  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Mission revise(long id, long expectedVersion, @NotNull @Valid MissionDraft draft) {
    Mission mission = current(id, expectedVersion);
    caller.mayRecord(draft.classification());
    mission.revise(draft);
    em.flush();
    return mission;
  }

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Mission moveTo(long id, long expectedVersion, @NotNull MissionStatus next) {
    Mission mission = current(id, expectedVersion);
    mission.moveTo(next);
    em.flush();
    return mission;
  }

  /** Missions by start date, newest first; two statements whatever the page size. */
  public Page<Mission> list(@NotNull @Valid PageRequest request) {
    var items =
        em.createQuery(
                "select m from Mission m order by m.startDate desc, m.id desc", Mission.class)
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList();
    long total = em.createQuery("select count(m) from Mission m", Long.class).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }

  /**
   * Missions matching a search (words, country, sector, status, dates, order), through the one
   * search; three statements whatever the page size.
   */
  public Page<Mission> search(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    return FoundRecords.loadIds(
        em, Mission.class, search.idsOfOneKind(query.of(RecordKind.MISSION), request));
  }

  /** The missions with these ids that the caller may see, in the order given; one statement. */
  public List<Mission> findAll(@NotNull Collection<@NotNull Long> ids) {
    return FoundRecords.byIds(em, Mission.class, ids);
  }

  public List<RevisionEntry> history(long id) {
    return history.of(Mission.class, Mission.KIND, id);
  }

  private Mission current(long id, long expectedVersion) {
    return Versions.current(find(id), Mission.KIND, id, expectedVersion);
  }
}
