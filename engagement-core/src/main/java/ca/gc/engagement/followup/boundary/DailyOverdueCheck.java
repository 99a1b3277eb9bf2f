package ca.gc.engagement.followup.boundary;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.followup.entity.OverdueCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Notes, once per day of the department (Ottawa's, by default), which open follow-ups went overdue
 * (due before that day), as {@code overdue_notice} rows the dashboard lists. A persistent timer: on
 * a cluster the server keeps it in the shared database and one node runs each expiry
 * (configure-cluster.cli); the day's key in {@code overdue_check} makes a second run of the same
 * day fail instead of counting twice. It ticks every minute so a day is checked within a minute of
 * midnight, and a day missed while every node was down is checked as soon as one is back; a tick
 * whose day is done costs one primary-key read.
 */
// A timer, run by no one: it must notice every overdue follow-up whatever its classification,
// which the clearance filter (of an anonymous caller) would hide. It returns nothing to anyone.
@ExcludeDefaultInterceptors
@Stateless
@PermitAll
public class DailyOverdueCheck {

  private static final Logger LOG = Logger.getLogger(DailyOverdueCheck.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Department department;

  @Schedule(hour = "*", minute = "*", persistent = true, info = "daily overdue follow-up check")
  void tick() {
    LocalDate today = department.today();
    if (em.find(OverdueCheck.class, today) != null) {
      return;
    }
    String node = System.getProperty("jboss.node.name", "server");
    OverdueCheck check = new OverdueCheck(today, Instant.now(), node, 0);
    em.persist(check);
    em.flush();
    int noticed =
        em.createNativeQuery(
                """
                insert into overdue_notice (follow_up_id, due_date, check_day)
                select f.id, f.due_date, ?1 from follow_up f
                where f.status = 'OPEN' and f.due_date < ?1
                  and not exists (select 1 from overdue_notice n
                                  where n.follow_up_id = f.id and n.due_date = f.due_date)
                """)
            .setParameter(1, today)
            .executeUpdate();
    em.createQuery("update OverdueCheck c set c.newlyOverdue = :n where c.day = :day")
        .setParameter("n", noticed)
        .setParameter("day", today)
        .executeUpdate();
    LOG.info(
        () ->
            "Overdue follow-ups checked for %s on %s: %d newly overdue"
                .formatted(today, node, noticed));
  }
}
