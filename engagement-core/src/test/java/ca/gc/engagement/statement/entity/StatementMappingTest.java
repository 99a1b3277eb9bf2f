package ca.gc.engagement.statement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.gc.engagement.audit.control.Snapshots;
import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.demo.control.ScenarioStatements;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Statement mapping against the schema the migrations build: the sector set, the source and the
 * references to a stakeholder and a mission, and the audit trail that keeps a withdrawal.
 */
class StatementMappingTest {

  private MigratedDatabase db;
  private long ford;
  private long chinaDaily;
  private long beijing;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
    ford = persist(Stakeholder.record(ScenarioStakeholders.FORD)).getId();
    chinaDaily = persist(Stakeholder.record(ScenarioStakeholders.CHINA_DAILY)).getId();
    beijing =
        persist(
                Mission.plan(
                    new MissionDraft(
                        "Prime Minister's visit to the People's Republic of China",
                        "CN",
                        "Beijing",
                        LocalDate.of(2026, 1, 13),
                        LocalDate.of(2026, 1, 17),
                        "Prime Minister Mark Carney",
                        null,
                        Classification.UNCLASSIFIED)))
            .getId();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aStatementDuringTheMissionIsStoredAndReadBackWhole() {
    long id = record(ScenarioStatements.fordOnAutos(ford, beijing));

    Statement read = db.inTransaction(em -> em.find(Statement.class, id));

    assertEquals(ford, read.getStakeholderId());
    assertEquals(LocalDate.of(2026, 1, 13), read.getDate());
    assertEquals(Stance.CONCERNED, read.getStance());
    assertEquals(Set.of("AUTOMOTIVE"), read.getSectors());
    assertEquals(
        "Very concerned that Canada might drop the policies that protect the auto sector.",
        read.getText());
    assertEquals("Remarks to reporters", read.getSource().getPublication());
    assertNull(read.getSource().getUrl());
    assertEquals(beijing, read.getMissionId());
    assertEquals(StatementStatus.RECORDED, read.getStatus());
    assertEquals(Classification.UNCLASSIFIED, read.getClassification());
  }

  @Test
  void aStatementOnNoSectorWithAnOnlineSourceIsStoredAndReadBackWhole() {
    // The scenario cites no address; an online source's is kept as given (a documentation domain).
    var editorial = ScenarioStatements.chinaDailyLockstep(chinaDaily, null);
    long id =
        record(
            new StatementDraft(
                editorial.stakeholderId(),
                editorial.date(),
                editorial.stance(),
                editorial.sectors(),
                editorial.text(),
                new SourceDraft("China Daily editorial", "https://www.example.com/editorial"),
                editorial.missionId(),
                editorial.classification()));

    Statement read = db.inTransaction(em -> em.find(Statement.class, id));

    assertEquals(chinaDaily, read.getStakeholderId());
    assertEquals(LocalDate.of(2026, 1, 12), read.getDate());
    assertEquals(Stance.OPPOSES, read.getStance());
    assertEquals(Set.of(), read.getSectors());
    assertEquals("Canada contained China \"in lockstep\" with the U.S.", read.getText());
    assertEquals("China Daily editorial", read.getSource().getPublication());
    assertEquals("https://www.example.com/editorial", read.getSource().getUrl());
    assertNull(read.getMissionId());
  }

  @Test
  void aRevisedSectorSetIsReadBackAsRevised() {
    long id = record(ScenarioStatements.fordOnAutos(ford, beijing));
    db.runInTransaction(
        em -> {
          Statement statement = em.find(Statement.class, id);
          statement.revise(withSectors(Set.of("AUTOMOTIVE", "STEEL", "ALUMINIUM")), about(em));
        });
    db.runInTransaction(
        em -> em.find(Statement.class, id).revise(withSectors(Set.of("STEEL")), about(em)));

    Statement read = db.inTransaction(em -> em.find(Statement.class, id));

    assertEquals(Set.of("STEEL"), read.getSectors());
    assertEquals(2, read.getVersion());
  }

  @Test
  void theHistoryShowsWhatEachChangeChangedAndKeepsTheWithdrawal() {
    long id = record(ScenarioStatements.fordOnAutos(ford, beijing));
    var draft = ScenarioStatements.fordOnAutos(ford, beijing);
    db.runInTransaction(
        em ->
            em.find(Statement.class, id)
                .revise(
                    new StatementDraft(
                        draft.stakeholderId(),
                        draft.date(),
                        draft.stance(),
                        Set.of("AUTOMOTIVE"),
                        "Very concerned that Canada might drop its EV tariffs.",
                        draft.source(),
                        draft.missionId(),
                        draft.classification()),
                    about(em)));
    db.runInTransaction(em -> em.find(Statement.class, id).moveTo(StatementStatus.WITHDRAWN));

    List<String> changes =
        db.inTransaction(
            em -> {
              @SuppressWarnings("unchecked")
              List<Object> snapshots =
                  AuditReaderFactory.get(em)
                      .createQuery()
                      .forRevisionsOfEntity(Statement.class, true, true)
                      .add(AuditEntity.id().eq(id))
                      .addOrder(AuditEntity.revisionNumber().asc())
                      .getResultList();
              var type = em.getMetamodel().entity(Statement.class);
              List<String> described = new ArrayList<>();
              for (int i = 0; i < snapshots.size(); i++) {
                Statement snapshot = (Statement) snapshots.get(i);
                described.add(
                    snapshot.getStatus()
                        + " "
                        + (i == 0
                            ? Snapshots.presentFields(type, snapshot)
                            : Snapshots.changedFields(type, snapshots.get(i - 1), snapshot)));
              }
              return described;
            });

    assertEquals(
        List.of(
            "RECORDED [classification, date, missionId, sectors, source, stakeholderId, stance,"
                + " status, text]",
            "RECORDED [text]",
            "WITHDRAWN [status]"),
        changes);
  }

  private StatementDraft withSectors(Set<String> sectors) {
    var draft = ScenarioStatements.fordOnAutos(ford, beijing);
    return new StatementDraft(
        draft.stakeholderId(),
        draft.date(),
        draft.stance(),
        sectors,
        draft.text(),
        draft.source(),
        draft.missionId(),
        draft.classification());
  }

  private Stakeholder about(EntityManager em) {
    return em.find(Stakeholder.class, ford);
  }

  private long record(StatementDraft draft) {
    return db.inTransaction(
        em -> {
          Statement statement =
              Statement.record(draft, em.find(Stakeholder.class, draft.stakeholderId()));
          em.persist(statement);
          return statement.getId();
        });
  }

  private <T> T persist(T record) {
    db.runInTransaction(em -> em.persist(record));
    return record;
  }
}
