package ca.gc.engagement.stakeholder.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stakeholder mapping against the schema the migrations build. */
class StakeholderMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyStakeholderOfTheScenarioIsStoredAndReadBackWhole() {
    List<Long> ids =
        db.inTransaction(
            em ->
                ScenarioStakeholders.ALL.stream()
                    .map(
                        draft -> {
                          Stakeholder stakeholder = Stakeholder.record(draft);
                          em.persist(stakeholder);
                          return stakeholder.getId();
                        })
                    .toList());

    for (int i = 0; i < ids.size(); i++) {
      StakeholderDraft draft = ScenarioStakeholders.ALL.get(i);
      long id = ids.get(i);
      Stakeholder read = db.inTransaction(em -> em.find(Stakeholder.class, id));
      assertEquals(
          List.of(
              draft.name(),
              String.valueOf(draft.title()),
              String.valueOf(draft.organisation()),
              draft.kind(),
              draft.jurisdiction(),
              StakeholderStatus.ACTIVE,
              Classification.UNCLASSIFIED),
          List.of(
              read.getName(),
              String.valueOf(read.getTitle()),
              String.valueOf(read.getOrganisation()),
              read.getKind(),
              read.getJurisdiction(),
              read.getStatus(),
              read.getClassification()),
          draft.name());
    }
  }

  @Test
  void anArchivedStakeholderIsReadBackArchivedAndClassified() {
    long id =
        db.inTransaction(
            em -> {
              Stakeholder board =
                  Stakeholder.record(
                      new StakeholderDraft(
                          "China Daily editorial board",
                          null,
                          "China Daily",
                          StakeholderKind.MEDIA,
                          "CN",
                          Classification.PROTECTED_B));
              em.persist(board);
              return board.getId();
            });
    db.runInTransaction(em -> em.find(Stakeholder.class, id).moveTo(StakeholderStatus.ARCHIVED));

    Stakeholder read = db.inTransaction(em -> em.find(Stakeholder.class, id));

    assertEquals(StakeholderStatus.ARCHIVED, read.getStatus());
    assertEquals(Classification.PROTECTED_B, read.getClassification());
    assertNull(read.getTitle());
    assertEquals(1, read.getVersion());
  }

  @Test
  void theDatabaseItselfRefusesAnUnknownKind() {
    db.runInTransaction(em -> em.createNativeQuery(insert(998, "MEDIA")).executeUpdate());
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(em -> em.createNativeQuery(insert(999, "LOBBY")).executeUpdate()));
  }

  private static String insert(long id, String kind) {
    return "insert into stakeholder (id, version, name, kind, jurisdiction) values ("
        + id
        + ", 0, 'Someone', '"
        + kind
        + "', 'CA')";
  }
}
