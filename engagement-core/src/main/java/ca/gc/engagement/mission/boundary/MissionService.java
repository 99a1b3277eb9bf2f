package ca.gc.engagement.mission.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Missions as the pages and the API see them. Parameters are validated on the way in (an invalid
 * draft comes back as a ConstraintViolationException, one violation per field), and reads answer
 * with an Optional or a Page, never with null. Every signed-in role reads; officers and above plan.
 */
@Stateless
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class MissionService {

  @PersistenceContext private EntityManager em;

  @RolesAllowed({OFFICER, APPROVER, ADMIN})
  public Mission plan(@NotNull @Valid MissionDraft draft) {
    Mission mission = Mission.plan(draft);
    em.persist(mission);
    return mission;
  }

  public Optional<Mission> find(long id) {
    return Optional.ofNullable(em.find(Mission.class, id));
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
}
