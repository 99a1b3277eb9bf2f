package ca.gc.engagement.followup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.FollowUpScenario;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FollowUp mapping against the schema the migrations build, audit trail included. */
class FollowUpMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long store(FollowUpDraft draft) {
    return db.inTransaction(
        em -> {
          FollowUp followUp = FollowUp.record(draft);
          em.persist(followUp);
          return followUp.getId();
        });
  }

  private FollowUp read(long id) {
    return db.inTransaction(em -> em.find(FollowUp.class, id));
  }

  @Test
  void theFollowUpScenarioAreStoredAndReadBackWhole() {
    List<Long> ids = FollowUpScenario.all(7).stream().map(this::store).toList();

    FollowUp negotiations = read(ids.get(2));
    assertEquals(
        "Negotiations on the North American trade agreement this year, closely watched by"
            + " Washington.",
        negotiations.getDescription());
    assertEquals(OriginKind.MISSION, negotiations.getOriginKind());
    assertEquals(7L, negotiations.getOriginId());
    assertEquals("Trade Negotiations (North America)", negotiations.getOwner());
    assertEquals(LocalDate.of(2026, 12, 31), negotiations.getDueDate());
    assertEquals(FollowUpStatus.OPEN, negotiations.getStatus());
    assertEquals(Classification.PROTECTED_A, negotiations.getClassification());
    assertEquals(LocalDate.of(2035, 12, 31), read(ids.get(3)).getDueDate());
  }

  @Test
  void everyStatusChangeIsKeptOnTheAuditTrail() {
    long id = store(FollowUpScenario.fiveYearPlan(7));
    for (var change :
        List.<java.util.function.Consumer<FollowUp>>of(
            FollowUp::complete, FollowUp::reopen, FollowUp::drop)) {
      db.runInTransaction(em -> change.accept(em.find(FollowUp.class, id)));
    }

    List<FollowUpStatus> statuses =
        db.inTransaction(
            em -> {
              var reader = AuditReaderFactory.get(em);
              return reader.getRevisions(FollowUp.class, id).stream()
                  .map(rev -> reader.find(FollowUp.class, id, rev).getStatus())
                  .toList();
            });
    assertEquals(
        List.of(
            FollowUpStatus.OPEN, FollowUpStatus.DONE, FollowUpStatus.OPEN, FollowUpStatus.DROPPED),
        statuses);
    assertEquals(3, read(id).getVersion());
  }

  @Test
  void theDatabaseItselfRefusesAnUnknownOriginKind() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em ->
                    em.createNativeQuery(
                            "insert into follow_up (id, version, description, origin_kind,"
                                + " origin_id, owner_name, due_date) values (999, 0, 'd',"
                                + " 'STATEMENT', 1, 'o', date '2026-03-31')")
                        .executeUpdate()));
  }
}
