package ca.gc.engagement.followup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.FollowUpScenario;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages a desk officer reads next to each field when a follow-up draft is wrong. */
class FollowUpDraftValidationTest {

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

  @Test
  void theFollowUpScenarioAreValid() {
    FollowUpScenario.all(1).forEach(draft -> assertEquals(Map.of(), messages(draft)));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "description", "Say what is to be done.",
            "originKind",
                "Say whether the follow-up comes from a mission, a meeting or an agreement.",
            "originId", "Choose the mission, meeting or agreement the follow-up comes from.",
            "owner", "Say who sees to it (a person or an office).",
            "dueDate", "Give the date it is due.",
            "classification", "Choose the record's classification."),
        messages(new FollowUpDraft(" ", null, null, "", null, null)));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -4})
  void theOriginIsARecordId(long id) {
    assertEquals(
        Map.of(
            "originId",
            "Choose from the list the mission, meeting or agreement the follow-up comes from."),
        messages(
            new FollowUpDraft(
                "Send the minutes",
                OriginKind.MEETING,
                id,
                "Greater China Division",
                LocalDate.of(2026, 1, 30),
                Classification.UNCLASSIFIED)));
  }

  @Test
  void descriptionAndOwnerHaveALimit() {
    assertEquals(
        Map.of(
            "description", "Keep the description under 2000 characters.",
            "owner", "Keep the owner under 120 characters."),
        messages(
            new FollowUpDraft(
                "x".repeat(2001),
                OriginKind.MISSION,
                1L,
                "y".repeat(121),
                LocalDate.of(2026, 1, 30),
                Classification.UNCLASSIFIED)));
    assertEquals(
        Map.of(),
        messages(
            new FollowUpDraft(
                "x".repeat(2000),
                OriginKind.MISSION,
                1L,
                "y".repeat(120),
                LocalDate.of(2026, 1, 30),
                Classification.UNCLASSIFIED)));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var violations =
          french
              .getValidator()
              .validate(
                  new FollowUpDraft(
                      "Envoyer le compte rendu",
                      OriginKind.MISSION,
                      1L,
                      " ",
                      LocalDate.of(2026, 1, 30),
                      Classification.UNCLASSIFIED));
      var byField = new TreeMap<String, String>();
      violations.forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          Map.of("owner", "Indiquez qui s’en charge (une personne ou un bureau)."), byField);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  private static Map<String, String> messages(FollowUpDraft draft) {
    var byField = new TreeMap<String, String>();
    for (ConstraintViolation<FollowUpDraft> v : validator.validate(draft)) {
      byField.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + " | " + b);
    }
    return byField;
  }
}
