package ca.gc.engagement.statement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.ScenarioStatements;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The messages a desk officer reads next to each field when a statement draft is wrong. The clock
 * stands at Thursday 15 January 2026, 20:00 in Ottawa: already Friday morning in Beijing.
 */
class StatementDraftValidationTest {

  private static final Clock THURSDAY_EVENING_IN_OTTAWA =
      Clock.fixed(Instant.parse("2026-01-16T01:00:00Z"), ZoneId.of("America/Toronto"));

  private static final String FUTURE =
      "A statement cannot be dated in the future: give the day it was made.";
  private static final String WEB_ADDRESS =
      "Give the full web address, starting with https:// or http://.";

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void validator() {
    Locale.setDefault(Locale.ENGLISH);
    factory = validatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static ValidatorFactory validatorFactory() {
    return Validation.byDefaultProvider()
        .configure()
        .clockProvider(() -> THURSDAY_EVENING_IN_OTTAWA)
        .buildValidatorFactory();
  }

  @Test
  void theScenarioStatementsAreValid() {
    assertEquals(Map.of(), messages(ScenarioStatements.fordOnAutos(1, 1L)));
    assertEquals(Map.of(), messages(ScenarioStatements.chinaDailyLockstep(2, 1L)));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    assertEquals(
        Map.of(
            "stakeholderId", "Choose the stakeholder who made the statement.",
            "date", "Give the day the statement was made.",
            "stance",
                "Give the stance the statement takes: supports, opposes, concerned or neutral.",
            "text", "Give the text of the statement, or a summary of it.",
            "source", "Say where the statement is on record.",
            "classification", "Choose the record's classification."),
        messages(new StatementDraft(null, null, null, null, " ", null, null, null)));
  }

  @Test
  void noSectorsMeansAStatementAboutNoSectorInParticular() {
    var draft = with(LocalDate.of(2026, 1, 12), null, new SourceDraft("China Daily", null));
    assertEquals(Set.of(), draft.sectors());
    assertEquals(Map.of(), messages(draft));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-12, ''",
    "2026-01-15, ''",
    // Friday already began in Beijing: a statement made there this morning is not in the future.
    "2026-01-16, ''",
    "2026-01-17, " + FUTURE,
    "2027-01-15, " + FUTURE
  })
  void aStatementCannotBeDatedInTheFuture(LocalDate date, String message) {
    var draft = with(date, Set.of("AUTOMOTIVE"), new SourceDraft("China Daily", null));
    assertEquals(message.isEmpty() ? Map.of() : Map.of("date", message), messages(draft));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "https://www.chinadaily.com.cn/opinion/",
        "http://www.premier.gov.on.ca/news?lang=en#top",
        "HTTPS://EXAMPLE.ORG",
        " https://example.org/with-spaces-around "
      })
  void anOnlineSourceHasAFullWebAddressOrNone(String url) {
    var draft = with(LocalDate.of(2026, 1, 12), Set.of(), new SourceDraft("China Daily", url));
    assertEquals(Map.of(), messages(draft));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "www.chinadaily.com.cn",
        "chinadaily.com.cn/opinion",
        "ftp://example.org/statement.txt",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "mailto:editor@chinadaily.com.cn",
        "https://",
        "http:/example.org",
        "https://exa mple.org"
      })
  void anythingElseIsRefusedAsAWebAddress(String url) {
    var draft = with(LocalDate.of(2026, 1, 12), Set.of(), new SourceDraft("China Daily", url));
    assertEquals(Map.of("source.url", WEB_ADDRESS), messages(draft));
  }

  @Test
  void aSourceNamesItsPublication() {
    var draft =
        with(
            LocalDate.of(2026, 1, 12),
            Set.of(),
            new SourceDraft(" ", "https://example.org/" + "x".repeat(2000)));
    assertEquals(
        Map.of(
            "source.publication", "Name the publication the statement appeared in.",
            "source.url", "Keep the address under 2000 characters."),
        messages(draft));
  }

  @Test
  void sectorsAreNamedByTheirCodes() {
    Set<String> sectors = new HashSet<>();
    sectors.add("AUTOMOTIVE");
    sectors.add("auto sector");
    sectors.add(null);
    var draft = with(LocalDate.of(2026, 1, 13), sectors, new SourceDraft("China Daily", null));
    assertEquals(
        Map.of(
            "sectors[].<iterable element>",
            "A sector code is written in capitals with underscores, for example AGRI_FOOD."
                + " | Name each sector by its code, for example AGRI_FOOD."),
        messages(draft));
  }

  @Test
  void aTextOverFourThousandCharactersIsTooLong() {
    var ford = ScenarioStatements.fordOnAutos(1, null);
    var draft =
        new StatementDraft(
            ford.stakeholderId(),
            ford.date(),
            ford.stance(),
            ford.sectors(),
            "x".repeat(4001),
            ford.source(),
            null,
            ford.classification());
    assertEquals(Map.of("text", "Keep the text under 4000 characters."), messages(draft));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = validatorFactory()) {
      var byField = new TreeMap<String, String>();
      french
          .getValidator()
          .validate(
              with(LocalDate.of(2026, 1, 17), Set.of(), new SourceDraft("China Daily", "www.x")))
          .forEach(v -> byField.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          Map.of(
              "date",
              "Une déclaration ne peut pas être datée dans le futur : indiquez le jour où elle a"
                  + " été faite.",
              "source.url",
              "Indiquez l’adresse Web complète, commençant par https:// ou http://."),
          byField);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  private static StatementDraft with(LocalDate date, Set<String> sectors, SourceDraft source) {
    return new StatementDraft(
        1L,
        date,
        Stance.CONCERNED,
        sectors,
        "Very concerned about the auto sector.",
        source,
        null,
        Classification.UNCLASSIFIED);
  }

  private static Map<String, String> messages(StatementDraft draft) {
    var byField = new TreeMap<String, String>();
    for (ConstraintViolation<StatementDraft> v : validator.validate(draft)) {
      byField.merge(
          v.getPropertyPath().toString(),
          v.getMessage(),
          (a, b) -> a.compareTo(b) < 0 ? a + " | " + b : b + " | " + a);
    }
    return byField;
  }
}
