package ca.gc.engagement.carveout.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an administrator reads when a carve-out is stated wrong, what a caller reads when a proposal
 * to screen is, and the carve-out's lifecycle.
 */
class CarveOutDraftValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  static CarveOutDraft arctic(
      Set<String> sectors,
      Set<String> regions,
      Set<String> keywords,
      Set<String> countries,
      LocalDate from,
      LocalDate until) {
    return new CarveOutDraft(
        "ARCTIC",
        "Arctic",
        "Keep the PRC out of the Canadian Arctic.",
        "Canada's Arctic Foreign Policy (2024).",
        sectors,
        regions,
        keywords,
        countries,
        from,
        until,
        CarveOutMode.PROHIBIT,
        Classification.UNCLASSIFIED);
  }

  static final CarveOutDraft ARCTIC =
      arctic(
          Set.of("ARCTIC"),
          Set.of("CA-NU", "ARCTIC_WATERS"),
          Set.of("Arctic", "Northwest Passage"),
          Set.of("CN"),
          LocalDate.of(2026, 1, 1),
          null);

  @Test
  void theSeededArcticCarveOutIsValid() {
    assertEquals(Map.of(), messages(ARCTIC));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "code", "Give the carve-out a code, for example NATIONAL_SECURITY.",
            "name", "Give the carve-out a name.",
            "rationale", "Say why the carve-out exists.",
            "policyBasis", "Name the policy the carve-out rests on.",
            "sectors", "Name at least one sector, region or keyword the carve-out covers.",
            "effectiveFrom", "Give the first day the carve-out is in effect.",
            "mode", "Choose whether the carve-out prohibits or calls for a review.",
            "classification", "Choose the record's classification."),
        messages(
            new CarveOutDraft(
                null, " ", "", null, null, null, null, null, null, null, null, null)));
  }

  @Test
  void everyWrongCodeInTheSetsIsReportedOnItsField() {
    var wrong =
        arctic(
            Set.of("arctic"),
            Set.of("YUKON"),
            Set.of(" ", "x".repeat(101)),
            Set.of("PRC"),
            LocalDate.of(2026, 1, 1),
            null);
    assertEquals(
        Map.of(
            "sectors[].<iterable element>",
            "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "regions[].<iterable element>",
            "Name a region by its ISO code (a country such as CN, or a subdivision such as CA-NU)"
                + " or a named area such as ARCTIC_WATERS.",
            "keywords[].<iterable element>",
            "A keyword cannot be blank. | Keep each keyword under 100 characters.",
            "countries[].<iterable element>",
            "Choose a country by its two-letter ISO code (for example CA or CN)."),
        messages(wrong));
  }

  @Test
  void aCarveOutCannotEndBeforeItTakesEffect() {
    var backwards =
        arctic(
            Set.of("ARCTIC"),
            Set.of(),
            Set.of(),
            Set.of("CN"),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2025, 12, 31));
    assertEquals(
        Map.of("effectiveUntil", "The carve-out cannot end before it takes effect."),
        messages(backwards));
    var oneDay =
        arctic(
            Set.of("ARCTIC"),
            Set.of(),
            Set.of(),
            Set.of(),
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 1));
    assertEquals(Map.of(), messages(oneDay));
  }

  @Test
  void aCarveOutCodeIsCapitalsWithUnderscores() {
    var lower =
        new CarveOutDraft(
            "arctic-2026",
            "Arctic",
            "r",
            "p",
            Set.of("ARCTIC"),
            null,
            null,
            null,
            LocalDate.of(2026, 1, 1),
            null,
            CarveOutMode.REVIEW,
            Classification.UNCLASSIFIED);
    assertEquals(
        Map.of(
            "code",
            "A carve-out code is written in capitals with underscores, for example"
                + " NATIONAL_SECURITY."),
        messages(lower));
  }

  @Test
  void absentListsAreEmptyAndNullEntriesAreDropped() {
    var sparse =
        arctic(
            null,
            null,
            new HashSet<>(Arrays.asList("Arctic", null)),
            null,
            LocalDate.of(2026, 1, 1),
            null);
    assertEquals(Set.of(), sparse.sectors());
    assertEquals(Set.of("Arctic"), sparse.keywords());
    assertEquals(Map.of(), messages(sparse));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var byField = new TreeMap<String, String>();
      french
          .getValidator()
          .validate(arctic(null, null, null, Set.of("CN"), LocalDate.of(2026, 1, 1), null))
          .forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          Map.of(
              "sectors",
              "Nommez au moins un secteur, une région ou un mot-clé visé par l’exclusion."),
          byField);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  @Test
  void aProposalNeedsAPartyAndADateAndAtMostTenThousandCharacters() {
    assertEquals(
        Map.of(
            "parties", "Name at least one country party to what is screened.",
            "date", "Give the day it would take effect.",
            "text", "Keep the text under 10000 characters."),
        messages(new Proposal(null, null, null, "x".repeat(10_001), null)));
    assertEquals(
        Map.of(),
        messages(
            new Proposal(
                Set.of("CA", "CN"),
                Set.of("CANOLA"),
                Set.of("CA-SK"),
                "x".repeat(10_000),
                LocalDate.of(2026, 1, 16))));
  }

  @Test
  void aProposalNamesItsCodesInTheirFormats() {
    assertEquals(
        Map.of(
            "parties[].<iterable element>",
            "Choose a country by its two-letter ISO code (for example CA or CN).",
            "sectors[].<iterable element>",
            "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "regions[].<iterable element>",
            "Name a region by its ISO code (a country such as CN, or a subdivision such as CA-NU)"
                + " or a named area such as ARCTIC_WATERS."),
        messages(
            new Proposal(
                Set.of("China"),
                Set.of("Canola"),
                Set.of("Saskatchewan"),
                null,
                LocalDate.of(2026, 1, 16))));
  }

  @Test
  void aRetiredCarveOutStaysRetired() {
    CarveOut carveOut = CarveOut.declare(ARCTIC);
    assertEquals(CarveOutStatus.ACTIVE, carveOut.getStatus());
    carveOut.moveTo(CarveOutStatus.RETIRED);
    var refused =
        assertThrows(
            IllegalTransitionException.class, () -> carveOut.moveTo(CarveOutStatus.ACTIVE));
    assertEquals(
        "A carve-out cannot go from RETIRED to ACTIVE. Allowed from RETIRED: none: RETIRED is"
            + " final.",
        refused.getMessage());
  }

  @Test
  void aCarveOutKeepsItsCode() {
    CarveOut carveOut = CarveOut.declare(ARCTIC);
    var renamed =
        new CarveOutDraft(
            "HIGH_NORTH",
            ARCTIC.name(),
            ARCTIC.rationale(),
            ARCTIC.policyBasis(),
            ARCTIC.sectors(),
            ARCTIC.regions(),
            ARCTIC.keywords(),
            ARCTIC.countries(),
            ARCTIC.effectiveFrom(),
            null,
            CarveOutMode.PROHIBIT,
            Classification.UNCLASSIFIED);
    assertEquals(
        "The code of carve-out ARCTIC cannot become HIGH_NORTH: screening results name carve-outs"
            + " by their code. Declare HIGH_NORTH as a new carve-out and retire ARCTIC instead.",
        assertThrows(CarveOutChangeException.class, () -> carveOut.revise(renamed)).getMessage());
  }

  private static Map<String, String> messages(Object draft) {
    var byField = new TreeMap<String, String>();
    validator
        .validate(draft)
        .forEach(
            v ->
                byField.merge(
                    v.getPropertyPath().toString(),
                    v.getMessage(),
                    (a, b) -> a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a));
    return byField;
  }
}
