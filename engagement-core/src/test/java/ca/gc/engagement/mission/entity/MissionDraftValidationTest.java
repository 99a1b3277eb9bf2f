package ca.gc.engagement.mission.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The messages a desk officer reads next to each field when a draft is wrong. */
class MissionDraftValidationTest {

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

  private static final MissionDraft BEIJING =
      new MissionDraft(
          "Prime Minister's visit to the People's Republic of China",
          "CN",
          "Beijing",
          LocalDate.of(2026, 1, 13),
          LocalDate.of(2026, 1, 17),
          "Prime Minister Mark Carney",
          null,
          Classification.UNCLASSIFIED);

  @Test
  void theScenarioMissionIsValid() {
    assertEquals(Map.of(), messages(BEIJING));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "title", "Give the mission a title.",
            "counterpartCountry", "Choose the counterpart country.",
            "hostCity", "Say which city hosts the mission.",
            "startDate", "Give the first day of the mission.",
            "endDate", "Give the last day of the mission.",
            "lead", "Say who leads the mission."),
        messages(
            new MissionDraft(" ", null, "", null, null, null, null, Classification.UNCLASSIFIED)));
  }

  @Test
  void anEndBeforeTheStartIsReportedOnTheEndDate() {
    var backwards =
        new MissionDraft(
            BEIJING.title(),
            "CN",
            "Beijing",
            LocalDate.of(2026, 1, 17),
            LocalDate.of(2026, 1, 13),
            BEIJING.lead(),
            null,
            Classification.UNCLASSIFIED);
    assertEquals(
        Map.of("endDate", "The mission cannot end before it starts."), messages(backwards));
  }

  @Test
  void aOneDayMissionIsFine() {
    var day =
        new MissionDraft(
            "Call on the Premier",
            "CN",
            "Beijing",
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 1, 15),
            "Minister",
            null,
            Classification.UNCLASSIFIED);
    assertEquals(Map.of(), messages(day));
  }

  @Test
  void anUnknownCountryIsRefusedWithAnExample() {
    var nowhere =
        new MissionDraft(
            "Visit",
            "ZZ",
            "Nowhere",
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 14),
            "Minister",
            null,
            Classification.UNCLASSIFIED);
    assertEquals(
        Map.of(
            "counterpartCountry",
            "Choose a country by its two-letter ISO code (for example CA or CN)."),
        messages(nowhere));
  }

  @Test
  void aTitleOverTwoHundredCharactersIsTooLong() {
    var longTitle =
        new MissionDraft(
            "x".repeat(201),
            "CN",
            "Beijing",
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 14),
            "Minister",
            null,
            Classification.UNCLASSIFIED);
    assertEquals(Map.of("title", "Keep the title under 200 characters."), messages(longTitle));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var violations =
          french
              .getValidator()
              .validate(
                  new MissionDraft(
                      null, "CN", "Beijing", null, null, "M", null, Classification.UNCLASSIFIED));
      var byField = new TreeMap<String, String>();
      violations.forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals("Donnez un titre à la mission.", byField.get("title"));
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  private static Map<String, String> messages(MissionDraft draft) {
    var byField = new TreeMap<String, String>();
    for (ConstraintViolation<MissionDraft> v : validator.validate(draft)) {
      byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
    }
    return byField;
  }
}
