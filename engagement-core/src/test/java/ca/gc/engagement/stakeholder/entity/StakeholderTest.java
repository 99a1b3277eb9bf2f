package ca.gc.engagement.stakeholder.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A stakeholder's lifecycle: archived instead of deleted, and then closed to new records. */
class StakeholderTest {

  @Test
  void aNewStakeholderIsActive() {
    assertEquals(
        StakeholderStatus.ACTIVE, Stakeholder.record(ScenarioStakeholders.FORD).getStatus());
  }

  @Test
  void anActiveStakeholderCanBeArchived() {
    Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);
    ford.moveTo(StakeholderStatus.ARCHIVED);
    assertEquals(StakeholderStatus.ARCHIVED, ford.getStatus());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ACTIVE | ACTIVE | A stakeholder cannot go from ACTIVE to ACTIVE. Allowed from ACTIVE:"
            + " ARCHIVED.",
        "ARCHIVED | ACTIVE | A stakeholder cannot go from ARCHIVED to ACTIVE. Allowed from"
            + " ARCHIVED: none: ARCHIVED is final.",
        "ARCHIVED | ARCHIVED | A stakeholder cannot go from ARCHIVED to ARCHIVED. Allowed from"
            + " ARCHIVED: none: ARCHIVED is final."
      })
  void aRefusedTransitionNamesTheAllowedOnes(
      StakeholderStatus from, StakeholderStatus to, String message) {
    Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);
    if (from == StakeholderStatus.ARCHIVED) {
      ford.moveTo(StakeholderStatus.ARCHIVED);
    }
    var refused = assertThrows(IllegalTransitionException.class, () -> ford.moveTo(to));
    assertEquals(message, refused.getMessage());
    assertEquals(from, ford.getStatus());
  }

  @Test
  void anArchivedStakeholderTakesNoNewRecord() {
    Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);
    ford.requireActive("statement");
    ford.moveTo(StakeholderStatus.ARCHIVED);
    var refused =
        assertThrows(StakeholderArchivedException.class, () -> ford.requireActive("statement"));
    assertEquals(
        "Doug Ford is archived: a statement can be recorded only for an active stakeholder.",
        refused.getMessage());
  }

  @Test
  void anArchivedStakeholderCanStillBeCorrected() {
    Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);
    ford.moveTo(StakeholderStatus.ARCHIVED);
    ford.revise(
        new StakeholderDraft(
            "Doug Ford",
            "Former Premier of Ontario",
            null,
            StakeholderKind.PROVINCIAL,
            "CA-ON",
            Classification.UNCLASSIFIED));
    assertEquals("Former Premier of Ontario", ford.getTitle());
    assertEquals(StakeholderStatus.ARCHIVED, ford.getStatus());
  }

  @Test
  void blankOptionalFieldsAreStoredAsAbsentAndTextIsTrimmed() {
    Stakeholder board =
        Stakeholder.record(
            new StakeholderDraft(
                "  China Daily editorial board ",
                "  ",
                " China Daily",
                StakeholderKind.MEDIA,
                "CN",
                Classification.PROTECTED_A));
    assertEquals("China Daily editorial board", board.getName());
    assertNull(board.getTitle());
    assertEquals("China Daily", board.getOrganisation());
    assertEquals(Classification.PROTECTED_A, board.getClassification());
  }
}
