package ca.gc.engagement.statement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.demo.control.ScenarioStatements;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderArchivedException;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statement's rules: recorded only for an active stakeholder, withdrawn instead of deleted. */
class StatementTest {

  private static final String ARCHIVED_FORD =
      "Doug Ford is archived: a statement can be recorded only for an active stakeholder.";

  private final Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);

  @Test
  void aStatementTakesTheDraftTrimmed() {
    var draft = ScenarioStatements.fordOnAutos(7, 3L);
    var padded =
        new StatementDraft(
            draft.stakeholderId(),
            draft.date(),
            draft.stance(),
            draft.sectors(),
            "  " + draft.text() + "\n",
            new SourceDraft(" Remarks to reporters, Toronto ", "  "),
            draft.missionId(),
            Classification.PROTECTED_A);

    Statement statement = Statement.record(padded, ford);

    assertEquals(7L, statement.getStakeholderId());
    assertEquals(draft.text(), statement.getText());
    assertEquals("Remarks to reporters, Toronto", statement.getSource().getPublication());
    assertNull(statement.getSource().getUrl());
    assertEquals(Set.of("AUTOMOTIVE"), statement.getSectors());
    assertEquals(3L, statement.getMissionId());
    assertEquals(StatementStatus.RECORDED, statement.getStatus());
    assertEquals(Classification.PROTECTED_A, statement.getClassification());
  }

  @Test
  void nothingNewIsRecordedForAnArchivedStakeholder() {
    ford.moveTo(StakeholderStatus.ARCHIVED);
    var refused =
        assertThrows(
            StakeholderArchivedException.class,
            () -> Statement.record(ScenarioStatements.fordOnAutos(7, null), ford));
    assertEquals(ARCHIVED_FORD, refused.getMessage());
  }

  @Test
  void aStatementOfAStakeholderArchivedSinceCanStillBeCorrected() {
    Statement statement = Statement.record(ScenarioStatements.fordOnAutos(7, null), ford);
    ford.moveTo(StakeholderStatus.ARCHIVED);
    var draft = ScenarioStatements.fordOnAutos(7, null);
    statement.revise(
        new StatementDraft(
            7L,
            draft.date(),
            Stance.OPPOSES,
            Set.of("AUTOMOTIVE", "STEEL"),
            draft.text(),
            draft.source(),
            null,
            draft.classification()),
        ford);
    assertEquals(Stance.OPPOSES, statement.getStance());
    assertEquals(Set.of("AUTOMOTIVE", "STEEL"), statement.getSectors());
  }

  @Test
  void butCannotBeMovedToAnArchivedStakeholder() {
    Stakeholder moe = Stakeholder.record(ScenarioStakeholders.MOE);
    Statement statement = Statement.record(ScenarioStatements.fordOnAutos(8, null), moe);
    ford.moveTo(StakeholderStatus.ARCHIVED);
    var refused =
        assertThrows(
            StakeholderArchivedException.class,
            () -> statement.revise(ScenarioStatements.fordOnAutos(7, null), ford));
    assertEquals(ARCHIVED_FORD, refused.getMessage());
    assertEquals(8L, statement.getStakeholderId());
  }

  @Test
  void aRecordedStatementCanBeWithdrawn() {
    Statement statement = Statement.record(ScenarioStatements.fordOnAutos(7, null), ford);
    statement.moveTo(StatementStatus.WITHDRAWN);
    assertEquals(StatementStatus.WITHDRAWN, statement.getStatus());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "RECORDED | RECORDED | A statement cannot go from RECORDED to RECORDED. Allowed from"
            + " RECORDED: WITHDRAWN.",
        "WITHDRAWN | RECORDED | A statement cannot go from WITHDRAWN to RECORDED. Allowed from"
            + " WITHDRAWN: none: WITHDRAWN is final.",
        "WITHDRAWN | WITHDRAWN | A statement cannot go from WITHDRAWN to WITHDRAWN. Allowed from"
            + " WITHDRAWN: none: WITHDRAWN is final."
      })
  void aRefusedTransitionNamesTheAllowedOnes(
      StatementStatus from, StatementStatus to, String message) {
    Statement statement = Statement.record(ScenarioStatements.fordOnAutos(7, null), ford);
    if (from == StatementStatus.WITHDRAWN) {
      statement.moveTo(StatementStatus.WITHDRAWN);
    }
    var refused = assertThrows(IllegalTransitionException.class, () -> statement.moveTo(to));
    assertEquals(message, refused.getMessage());
    assertEquals(from, statement.getStatus());
  }
}
