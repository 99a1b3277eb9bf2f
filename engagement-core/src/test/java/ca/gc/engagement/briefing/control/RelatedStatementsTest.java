package ca.gc.engagement.briefing.control;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.control.SectorTree.Node;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which statements a mission's briefing book shows: those recorded for the mission, and within the
 * window around it those of the counterpart's side or on a topic of its meetings. The database
 * chooses them (H2, migrated as the server's, no server), so these tests record the statements and
 * ask {@code StatementService.related} with the rule's query, as the book does.
 */
class RelatedStatementsTest {

  private static final SectorTree SECTORS =
      SectorTree.of(
          Node.top("AGRI_FOOD"),
          Node.under("AGRI_FOOD", "CANOLA"),
          Node.under("AGRI_FOOD", "PORK"),
          Node.top("AUTOMOTIVE"),
          Node.under("AUTOMOTIVE", "ELECTRIC_VEHICLES"));

  private MigratedDatabase db;
  private long mission;
  private long otherMission;
  private long xi;
  private long moe;
  private long beijingMayor;
  private long ford;
  private long hidden;

  @BeforeEach
  void aFile() {
    db = new MigratedDatabase();
    db.runInTransaction(
        em -> {
          var wired = loader(em);
          mission = plan(wired, "Visit to Beijing");
          otherMission = plan(wired, "Another visit");
          xi = stakeholder(wired, "Xi", "CN", Classification.UNCLASSIFIED);
          moe = stakeholder(wired, "Moe", "CA-SK", Classification.UNCLASSIFIED);
          beijingMayor = stakeholder(wired, "Mayor", "CN-BJ", Classification.UNCLASSIFIED);
          ford = stakeholder(wired, "Ford", "CA-ON", Classification.UNCLASSIFIED);
          hidden = stakeholder(wired, "Informant", "CN", Classification.SECRET);
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static HandWiredServices loader(jakarta.persistence.EntityManager em) {
    return new HandWiredServices(
        em, HandWiredServices.caller("loader", Classification.SECRET, OFFICER, APPROVER, ADMIN));
  }

  private static long plan(HandWiredServices wired, String title) {
    return wired
        .get(MissionService.class)
        .plan(
            new MissionDraft(
                title,
                "CN",
                "Beijing",
                LocalDate.of(2026, 1, 13),
                LocalDate.of(2026, 1, 17),
                "Prime Minister",
                null,
                Classification.UNCLASSIFIED))
        .getId();
  }

  private static long stakeholder(
      HandWiredServices wired, String name, String jurisdiction, Classification classification) {
    return wired
        .get(StakeholderService.class)
        .record(
            new StakeholderDraft(
                name, null, null, StakeholderKind.EXPERT, jurisdiction, classification))
        .getId();
  }

  /** The Beijing visit of 13-17 January 2026, whose meetings the reader may see were on canola. */
  private RelatedStatements rule() {
    return new RelatedStatements(
        mission,
        "CN",
        LocalDate.of(2026, 1, 13).minusDays(RelatedStatements.DAYS_BEFORE),
        LocalDate.of(2026, 1, 17).plusDays(RelatedStatements.DAYS_AFTER),
        Set.of("CANOLA"),
        SECTORS);
  }

  private long said(long speaker, String day, Long about, String text, String... sectors) {
    return db.inTransaction(
        em ->
            loader(em)
                .get(StatementService.class)
                .record(
                    new StatementDraft(
                        speaker,
                        LocalDate.parse(day),
                        Stance.NEUTRAL,
                        Set.of(sectors),
                        text,
                        new SourceDraft("Press coverage", null),
                        about,
                        Classification.UNCLASSIFIED))
                .getId());
  }

  private Page<Statement> related(int most) {
    return db.inTransaction(
        em ->
            new HandWiredServices(
                    em, HandWiredServices.caller("officer", Classification.PROTECTED_B, OFFICER))
                .get(StatementService.class)
                .related(rule().query(), most));
  }

  private List<String> relatedTexts() {
    return RelatedStatements.oldestFirst(related(100).items()).stream()
        .map(Statement::getText)
        .toList();
  }

  @Test
  void theTopicsWidenToTheSectorsWithinThemAndAboveThemButNotBesideThem() {
    assertEquals(Set.of("AGRI_FOOD", "CANOLA"), rule().relatedSectors());
    assertEquals(
        Set.of("AGRI_FOOD", "CANOLA", "PORK"),
        new RelatedStatements(1, "CN", null, null, Set.of("AGRI_FOOD"), SECTORS).relatedSectors());
  }

  @Test
  void aStatementRecordedForTheMissionIsRelatedWhateverItsDateOrTopic() {
    said(ford, "2025-06-01", mission, "Recorded for the visit");
    said(ford, "2026-01-14", otherMission, "Recorded for another visit");

    assertEquals(List.of("Recorded for the visit"), relatedTexts());
  }

  @Test
  void withinTheWindowTheCounterpartsSideIsRelatedItsCountryAndItsSubdivisions() {
    said(xi, "2025-12-13", null, "A day before the window");
    said(xi, "2025-12-14", null, "First day of the window");
    said(beijingMayor, "2026-01-15", null, "The mayor");
    said(xi, "2026-01-31", null, "Last day of the window");
    said(xi, "2026-02-01", null, "A day after the window");
    said(ford, "2026-01-15", null, "Canadian, on nothing on the table");

    assertEquals(
        List.of("First day of the window", "The mayor", "Last day of the window"), relatedTexts());
  }

  @Test
  void withinTheWindowATopicOfTheMeetingsRelatesWhenItIsTheSectorWithinItOrTakesItIn() {
    said(moe, "2026-01-14", otherMission, "Canola", "CANOLA");
    said(moe, "2026-01-14", null, "Agri-food", "AGRI_FOOD");
    said(moe, "2026-01-14", null, "Pork sits beside canola", "PORK");
    said(ford, "2026-01-15", null, "Autos", "AUTOMOTIVE", "ELECTRIC_VEHICLES");
    said(ford, "2026-01-15", null, "Canola and autos", "AUTOMOTIVE", "CANOLA");
    said(moe, "2026-03-01", null, "Canola, too late", "CANOLA");

    assertEquals(List.of("Canola", "Agri-food", "Canola and autos"), relatedTexts());
  }

  @Test
  void aWithdrawnStatementOrOneWhoseStakeholderTheReaderMayNotSeeIsLeftOut() {
    long withdrawn = said(xi, "2026-01-15", mission, "Withdrawn");
    db.runInTransaction(em -> loader(em).get(StatementService.class).withdraw(withdrawn, 0));
    said(hidden, "2026-01-15", mission, "By someone above clearance");

    assertEquals(List.of(), relatedTexts());
  }

  /**
   * More related statements than a book lists: the database gives the latest and counts them all,
   * in the same statements whether the file holds five or 150, and the others are never loaded.
   */
  @Test
  void theDatabaseGivesTheLatestAndTheTotalInTheSameStatementsWhateverTheFileHolds() {
    Statistics statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    for (int i = 0; i < 5; i++) {
      said(xi, "2026-01-01", null, "Early " + i, "CANOLA");
    }
    statistics.clear();
    Page<Statement> few = related(100);
    long statementsForFew = statistics.getPrepareStatementCount();
    assertEquals(5, few.total());

    db.runInTransaction(
        em -> {
          var statements = loader(em).get(StatementService.class);
          for (int i = 0; i < 145; i++) {
            statements.record(
                new StatementDraft(
                    i % 2 == 0 ? xi : moe,
                    LocalDate.of(2026, 1, 2).plusDays(i % 28),
                    Stance.NEUTRAL,
                    Set.of("CANOLA"),
                    "Later " + i,
                    new SourceDraft("Press coverage", null),
                    null,
                    Classification.UNCLASSIFIED));
          }
          for (int i = 0; i < 40; i++) {
            statements.record(
                new StatementDraft(
                    ford,
                    LocalDate.of(2026, 1, 2).plusDays(i % 28),
                    Stance.NEUTRAL,
                    Set.of("AUTOMOTIVE"),
                    "Unrelated " + i,
                    new SourceDraft("Press coverage", null),
                    null,
                    Classification.UNCLASSIFIED));
          }
        });
    statistics.clear();
    Page<Statement> many = related(100);
    long statementsForMany = statistics.getPrepareStatementCount();

    assertEquals(150, many.total());
    assertEquals(100, many.items().size());
    assertTrue(many.items().stream().noneMatch(s -> s.getText().startsWith("Early")));
    assertTrue(many.items().stream().noneMatch(s -> s.getText().startsWith("Unrelated")));
    List<Statement> oldestFirst = RelatedStatements.oldestFirst(many.items());
    for (int i = 1; i < oldestFirst.size(); i++) {
      assertTrue(!oldestFirst.get(i).getDate().isBefore(oldestFirst.get(i - 1).getDate()));
    }
    assertEquals(statementsForFew, statementsForMany);
    assertTrue(statementsForMany <= 3, "statements: " + statementsForMany);
  }
}
