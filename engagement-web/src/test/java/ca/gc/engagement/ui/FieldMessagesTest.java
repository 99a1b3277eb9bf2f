package ca.gc.engagement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.gc.engagement.agreement.entity.AgreementHeldException;
import ca.gc.engagement.agreement.entity.ExemptionRequiredException;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutViolationException;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.TooManyScreeningsException;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.StakeholderArchivedException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one mapping from a core refusal to what a page says: on a form, next to which input (the
 * refusal's own words, in the page's language); on a record page's buttons, which warning. No JSF
 * runs: the mapping is plain functions, and the texts come from the bundles as the pages read them.
 */
class FieldMessagesTest {

  private static final Locale FRENCH = Locale.FRENCH;

  private static final RuleViolationException RATE_TAKEN =
      new RuleViolationException(
          "effectiveFrom",
          "ca.gc.engagement.trademeasure.rate.outsidePeriod",
          "2026-01-01 – 2026-12-31",
          "2027-01-01");
  private static final AboveClearanceException ABOVE =
      new AboveClearanceException(Classification.SECRET, Classification.PROTECTED_B);
  private static final UnknownSectorException UNKNOWN_SECTOR =
      new UnknownSectorException(Set.of("NO_SUCH_SECTOR"));
  private static final StaleRecordException STALE = new StaleRecordException(Mission.KIND);
  private static final IllegalTransitionException TRANSITION =
      new IllegalTransitionException(
          Mission.KIND, MissionStatus.COMPLETED, MissionStatus.PLANNED, Set.of());
  private static final CarveOutViolationException PROHIBITED =
      new CarveOutViolationException(
          ScreeningResult.of(
              List.of(
                  new Match(
                      "ARCTIC",
                      Classification.UNCLASSIFIED,
                      CarveOutMode.PROHIBIT,
                      MatchKind.REGION,
                      "ARCTIC",
                      "Arctic sovereignty"))));

  @Test
  void aFormSaysEachRefusalNextToTheInputItConcerns() {
    assertEquals("effectiveFrom", FieldMessages.fieldOf(RATE_TAKEN), "the field the rule names");
    assertEquals(
        "participants[0].stakeholderId",
        FieldMessages.fieldOf(
            RuleViolationException.noSuch("participants[0].stakeholderId", "stakeholder", 7)),
        "a row's field, as the services name it");
    assertEquals(
        "",
        FieldMessages.fieldOf(
            new RuleViolationException(null, "ca.gc.engagement.trademeasure.lifted.lastDay")),
        "a rule about no field");
    assertEquals("classification", FieldMessages.fieldOf(ABOVE));
    assertEquals("sectors", FieldMessages.fieldOf(UNKNOWN_SECTOR));
    assertEquals(
        "stakeholderId",
        FieldMessages.fieldOf(new StakeholderArchivedException("Wang Wentao", "statement")));
    assertEquals("code", FieldMessages.fieldOf(CarveOutChangeException.codeTaken("ARCTIC")));
    assertEquals("code", FieldMessages.fieldOf(SectorChangeException.codeTaken("CANOLA")));
    for (Refusal whole :
        List.of(
            STALE,
            TRANSITION,
            PROHIBITED,
            new RecordNotFoundException(Mission.KIND, 42L),
            new AgreementHeldException(),
            new ExemptionRequiredException(Set.of("DUAL_USE")),
            new TooManyScreeningsException(60, Duration.ofSeconds(30)))) {
      assertEquals("", FieldMessages.fieldOf(whole), "at the top of the form: " + whole);
    }
  }

  @Test
  void aListSaysAnUnknownSectorAtItsSectorCriterion() {
    assertEquals("sector", FieldMessages.criterionOf(UNKNOWN_SECTOR));
    assertEquals("", FieldMessages.criterionOf(ABOVE));
  }

  @Test
  void aFormSaysTheRefusalInItsOwnWordsInThePagesLanguage() {
    assertEquals(
        "There is no sector NO_SUCH_SECTOR. Choose a sector from the list, for example AGRI_FOOD.",
        UNKNOWN_SECTOR.message(Locale.ENGLISH));
    assertEquals(
        "Vous ne pouvez pas consigner d'information de niveau « Secret » : votre cote de sécurité"
            + " est « Protégé B ».",
        ABOVE.message(FRENCH));
  }

  @Test
  void aRecordPageWarnsOfTheRefusalsItsButtonsExpectInItsOwnWords() {
    assertEquals("record.stale", FieldMessages.warningOf(STALE));
    assertEquals("record.transition.refused", FieldMessages.warningOf(TRANSITION));
    assertEquals("agreement.step.prohibited", FieldMessages.warningOf(PROHIBITED));
    assertEquals(
        "agreement.step.exemptionRequired",
        FieldMessages.warningOf(new ExemptionRequiredException(Set.of("DUAL_USE"))));
    assertEquals("agreement.step.held", FieldMessages.warningOf(new AgreementHeldException()));
    assertNull(FieldMessages.warningOf(RATE_TAKEN), "a rule speaks for itself");

    assertEquals(
        "Someone else changed this record after you opened it. Nothing of yours was saved. Reload"
            + " it to see their change, then make yours again.",
        FieldMessages.warning(STALE, Locale.ENGLISH));
    assertEquals(
        "Cette étape n’est plus possible depuis l’état actuel du dossier. La page montre ce qui est"
            + " possible maintenant.",
        FieldMessages.warning(TRANSITION, FRENCH));
    assertEquals(
        "That step is refused: the agreement now touches carve-outs that prohibit it (ARCTIC)."
            + " Nothing was changed.",
        FieldMessages.warning(PROHIBITED, Locale.ENGLISH),
        "with the carve-outs named");
    assertEquals(
        "There is no mission 42.",
        FieldMessages.warning(new RecordNotFoundException(Mission.KIND, 42L), Locale.ENGLISH),
        "any other refusal in its own words");
  }
}
