package ca.gc.engagement.mission.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Mission mapping against the schema the migrations build (Hibernate validates it on start).
 */
class MissionMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static MissionDraft beijing() {
    return new MissionDraft(
        "  Prime Minister's visit to the People's Republic of China ",
        "CN",
        "Beijing",
        LocalDate.of(2026, 1, 13),
        LocalDate.of(2026, 1, 17),
        "Prime Minister Mark Carney",
        null,
        Classification.UNCLASSIFIED);
  }

  @Test
  void aPlannedMissionIsStoredAndReadBackWhole() {
    long id =
        db.inTransaction(
            em -> {
              Mission mission = Mission.plan(beijing());
              em.persist(mission);
              return mission.getId();
            });

    Mission read = db.inTransaction(em -> em.find(Mission.class, id));

    assertEquals("Prime Minister's visit to the People's Republic of China", read.getTitle());
    assertEquals(CountryCode.of("CN"), read.getCounterpartCountry());
    assertEquals("Beijing", read.getHostCity());
    assertEquals(LocalDate.of(2026, 1, 13), read.getStartDate());
    assertEquals(LocalDate.of(2026, 1, 17), read.getEndDate());
    assertEquals("Prime Minister Mark Carney", read.getLead());
    assertEquals(0, read.getVersion());
    assertEquals(5, read.days());
  }

  @Test
  void eachMissionGetsItsOwnId() {
    long first =
        db.inTransaction(
            em -> {
              Mission m = Mission.plan(beijing());
              em.persist(m);
              return m.getId();
            });
    long second =
        db.inTransaction(
            em -> {
              Mission m = Mission.plan(beijing());
              em.persist(m);
              return m.getId();
            });
    assertNotEquals(first, second);
  }

  @Test
  void theDatabaseItselfRefusesAPeriodThatEndsBeforeItStarts() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em -> {
                  em.createNativeQuery(
                          "insert into mission (id, version, title, counterpart_country, host_city,"
                              + " start_date, end_date, mission_lead) values (999, 0, 't', 'CN',"
                              + " 'Beijing', date '2026-01-17', date '2026-01-13', 'lead')")
                      .executeUpdate();
                }));
  }

  @Test
  void theMigrationsBringAnEmptyDatabaseToTheNewestVersion() throws Exception {
    int newest;
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of("target/classes/db/migration"))) {
      newest =
          files
              .map(f -> f.getFileName().toString())
              .map(name -> name.substring(1, name.indexOf("__")))
              .mapToInt(Integer::parseInt)
              .max()
              .orElseThrow();
    }
    assertEquals(String.valueOf(newest), db.schemaVersion());
  }
}
