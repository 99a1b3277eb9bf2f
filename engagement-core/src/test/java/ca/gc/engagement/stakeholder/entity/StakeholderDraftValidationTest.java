package ca.gc.engagement.stakeholder.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages a desk officer reads next to each field when a stakeholder draft is wrong. */
class StakeholderDraftValidationTest {

  private static final String JURISDICTION_MESSAGE =
      "Name the jurisdiction by its ISO code: a country such as CN, or a province or state such as"
          + " CA-SK.";

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

  static Stream<StakeholderDraft> scenario() {
    return ScenarioStakeholders.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("scenario")
  void everyStakeholderOfTheScenarioIsValid(StakeholderDraft draft) {
    assertEquals(Map.of(), messages(draft));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "name", "Give the stakeholder's name.",
            "kind",
                "Say what kind of stakeholder this is: federal, provincial, foreign government,"
                    + " expert, business or media.",
            "jurisdiction", "Give the stakeholder's jurisdiction.",
            "classification", "Choose the record's classification."),
        messages(new StakeholderDraft(" ", null, null, null, null, null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CA", "CN", "SG", "CA-SK", "CA-ON", "CA-NU", "US-CA", "CN-SH"})
  void aCountryOrASubdivisionIsAJurisdiction(String jurisdiction) {
    assertEquals(Map.of(), messages(in(jurisdiction)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ARCTIC_WATERS",
        "NORTHWEST_PASSAGE",
        "ca-sk",
        "XX",
        "XX-SK",
        "CA-",
        "CAN",
        "Saskatchewan",
        " CA-SK"
      })
  void anythingElseIsRefusedWithAnExample(String jurisdiction) {
    assertEquals(Map.of("jurisdiction", JURISDICTION_MESSAGE), messages(in(jurisdiction)));
  }

  @Test
  void aNameOverTwoHundredCharactersIsTooLong() {
    var draft =
        new StakeholderDraft(
            "x".repeat(201),
            "y".repeat(201),
            "z".repeat(201),
            StakeholderKind.EXPERT,
            "CA",
            Classification.UNCLASSIFIED);
    assertEquals(
        Map.of(
            "name", "Keep the name under 200 characters.",
            "title", "Keep the title under 200 characters.",
            "organisation", "Keep the organisation under 200 characters."),
        messages(draft));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var byField = new TreeMap<String, String>();
      french
          .getValidator()
          .validate(in("ARCTIC_WATERS"))
          .forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          Map.of(
              "jurisdiction",
              "Indiquez le territoire de compétence par son code ISO : un pays comme CN, ou une"
                  + " province ou un État comme CA-SK."),
          byField);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  private static StakeholderDraft in(String jurisdiction) {
    return new StakeholderDraft(
        "Scott Moe",
        "Premier of Saskatchewan",
        null,
        StakeholderKind.PROVINCIAL,
        jurisdiction,
        Classification.UNCLASSIFIED);
  }

  private static Map<String, String> messages(StakeholderDraft draft) {
    var byField = new TreeMap<String, String>();
    for (ConstraintViolation<StakeholderDraft> v : validator.validate(draft)) {
      byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
    }
    return byField;
  }
}
