package ca.gc.engagement.briefing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.control.SectorTree.Node;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import ca.gc.engagement.statement.entity.StatementStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which statements a mission's briefing book shows: those recorded for the mission, and within the
 * window around it those of the counterpart's side or on a topic of its meetings.
 */
class RelatedStatementsTest {

  private static final long MISSION = 7;
  private static final long OTHER_MISSION = 8;
  private static final long XI = 1;
  private static final long MOE = 2;
  private static final long BEIJING_MAYOR = 3;
  private static final long FORD = 4;
  private static final long HIDDEN = 5;

  private static final SectorTree SECTORS =
      SectorTree.of(
          Node.top("AGRI_FOOD"),
          Node.under("AGRI_FOOD", "CANOLA"),
          Node.under("AGRI_FOOD", "PORK"),
          Node.top("AUTOMOTIVE"),
          Node.under("AUTOMOTIVE", "ELECTRIC_VEHICLES"));

  /** The Beijing visit of 13-17 January 2026, whose meetings the reader may see were on canola. */
  private static final RelatedStatements RULE =
      new RelatedStatements(
          MISSION,
          "CN",
          LocalDate.of(2026, 1, 13).minusDays(RelatedStatements.DAYS_BEFORE),
          LocalDate.of(2026, 1, 17).plusDays(RelatedStatements.DAYS_AFTER),
          Set.of("CANOLA"),
          SECTORS);

  private static final Map<Long, String> VISIBLE_SPEAKERS =
      Map.of(XI, "CN", MOE, "CA-SK", BEIJING_MAYOR, "CN-BJ", FORD, "CA-ON");

  private static Statement said(
      long speaker, String day, Long mission, String text, String... sectors) {
    return Statement.record(
        new StatementDraft(
            speaker,
            LocalDate.parse(day),
            Stance.NEUTRAL,
            Set.of(sectors),
            text,
            new SourceDraft("Press coverage", null),
            mission,
            Classification.UNCLASSIFIED),
        Stakeholder.record(
            new StakeholderDraft(
                "Someone", null, null, StakeholderKind.EXPERT, "CA", Classification.UNCLASSIFIED)));
  }

  private static List<String> texts(List<Statement> statements) {
    return statements.stream().map(Statement::getText).toList();
  }

  @Test
  void aStatementRecordedForTheMissionIsRelatedWhateverItsDateOrTopic() {
    Statement longBefore = said(FORD, "2025-06-01", MISSION, "Recorded for the visit");
    Statement other = said(FORD, "2026-01-14", OTHER_MISSION, "Recorded for another visit");

    assertEquals(
        List.of("Recorded for the visit"),
        texts(RULE.select(List.of(longBefore, other), VISIBLE_SPEAKERS)));
  }

  @Test
  void withinTheWindowTheCounterpartsSideIsRelatedItsCountryAndItsSubdivisions() {
    assertEquals(
        List.of("First day of the window", "The mayor", "Last day of the window"),
        texts(
            RULE.select(
                List.of(
                    said(XI, "2025-12-13", null, "A day before the window"),
                    said(XI, "2025-12-14", null, "First day of the window"),
                    said(BEIJING_MAYOR, "2026-01-15", null, "The mayor"),
                    said(XI, "2026-01-31", null, "Last day of the window"),
                    said(XI, "2026-02-01", null, "A day after the window"),
                    said(FORD, "2026-01-15", null, "Canadian, on nothing on the table")),
                VISIBLE_SPEAKERS)));
  }

  @Test
  void withinTheWindowATopicOfTheMeetingsRelatesWhenItIsTheSectorWithinItOrTakesItIn() {
    assertEquals(
        List.of("Canola", "Agri-food", "Canola and autos"),
        texts(
            RULE.select(
                List.of(
                    said(MOE, "2026-01-14", OTHER_MISSION, "Canola", "CANOLA"),
                    said(MOE, "2026-01-14", null, "Agri-food", "AGRI_FOOD"),
                    said(MOE, "2026-01-14", null, "Pork sits beside canola", "PORK"),
                    said(FORD, "2026-01-15", null, "Autos", "AUTOMOTIVE", "ELECTRIC_VEHICLES"),
                    said(FORD, "2026-01-15", null, "Canola and autos", "AUTOMOTIVE", "CANOLA"),
                    said(MOE, "2026-03-01", null, "Canola, too late", "CANOLA")),
                VISIBLE_SPEAKERS)));
  }

  @Test
  void aWithdrawnStatementOrOneWhoseStakeholderTheReaderMayNotSeeIsLeftOut() {
    Statement withdrawn = said(XI, "2026-01-15", MISSION, "Withdrawn");
    withdrawn.moveTo(StatementStatus.WITHDRAWN);

    assertEquals(
        List.of(),
        RULE.select(
            List.of(withdrawn, said(HIDDEN, "2026-01-15", MISSION, "By someone above clearance")),
            VISIBLE_SPEAKERS));
  }

  @Test
  void aBookListsTheLatestRelatedStatementsOldestFirst() {
    List<Statement> related =
        RULE.select(
            List.of(
                said(XI, "2026-01-16", MISSION, "Third"),
                said(FORD, "2026-01-13", MISSION, "First"),
                said(MOE, "2026-01-14", MISSION, "Second")),
            VISIBLE_SPEAKERS);

    assertEquals(List.of("Second", "Third"), texts(RelatedStatements.latest(related, 2)));
    assertEquals(
        List.of("First", "Second", "Third"), texts(RelatedStatements.latest(related, 100)));
  }

  @Test
  void relatedStatementsComeOldestFirstEachOnce() {
    Statement later = said(XI, "2026-01-16", MISSION, "Later");
    Statement earlier = said(FORD, "2026-01-13", MISSION, "Earlier");

    assertEquals(
        List.of("Earlier", "Later"),
        texts(RULE.select(List.of(later, earlier, later), VISIBLE_SPEAKERS)));
  }
}
