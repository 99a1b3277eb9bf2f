package ca.gc.engagement.records.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import ca.gc.engagement.trademeasure.entity.ProductLineDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drafts refuse hostile characters in every text, each reported by the path both clients name
 * the field by, in English and French.
 */
class SafeTextValidatorTest {

  private static final String RLO = "\u202E";
  private static final String ENGLISH =
      "Remove the control character or the character that hides or reorders text; text may hold"
          + " letters, signs, tabs and line breaks";

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

  private static <T> Map<String, String> refusals(T value) {
    var byPath = new TreeMap<String, String>();
    for (ConstraintViolation<T> v : validator.validate(value)) {
      if (v.getConstraintDescriptor().getAnnotation() instanceof SafeText) {
        byPath.put(v.getPropertyPath().toString(), v.getMessage());
      }
    }
    return byPath;
  }

  private static MeetingDraft meeting(String title, List<Participant> participants, String agenda) {
    Instant start = Instant.parse("2026-01-16T02:00:00Z");
    return new MeetingDraft(
        null,
        title,
        MeetingKind.BILATERAL,
        start,
        start.plusSeconds(3600),
        "Asia/Shanghai",
        "Beijing",
        "CN",
        participants,
        Set.of("CANOLA"),
        agenda,
        Classification.UNCLASSIFIED);
  }

  @Test
  void aCleanDraftPasses() {
    assertEquals(
        Map.of(),
        refusals(
            meeting(
                "Bilateral, 中国\tQuébec",
                List.of(new Participant(1L, Side.OURS, "Lead")),
                "Line one\r\nline two")));
  }

  @Test
  void eachBadTextIsReportedByItsPathWithTheCharacterNamed() {
    var refused =
        refusals(
            meeting(
                "Bilateral" + RLO + "txt",
                List.of(
                    new Participant(1L, Side.OURS, "Lead"),
                    new Participant(2L, Side.COUNTERPART, "Host\u0007")),
                "Agenda\u2066"));

    assertEquals(
        Map.of(
            "title", ENGLISH + " (U+202E)",
            "participants[1].role", ENGLISH + " (U+0007)",
            "agenda", ENGLISH + " (U+2066)"),
        refused);
  }

  @Test
  void nestedDraftsAndListsOfTextsAreWalked() {
    var statement =
        new StatementDraft(
            1L,
            LocalDate.of(2026, 1, 14),
            Stance.NEUTRAL,
            Set.of(),
            "Fine",
            new SourceDraft("Press" + RLO, null),
            null,
            Classification.UNCLASSIFIED);
    assertEquals(Map.of("source.publication", ENGLISH + " (U+202E)"), refusals(statement));

    var measure =
        new TradeMeasureDraft(
            "Tariff",
            "CN",
            "CA",
            TradeMeasureType.TARIFF,
            List.of(
                new ProductLineDraft("Canola", "1205.10"),
                new ProductLineDraft("Peas\u0085", "0713.10")),
            Set.of(),
            new ca.gc.engagement.trademeasure.entity.SourceDraft("Notice", null),
            null,
            null,
            LocalDate.of(2025, 3, 20),
            null,
            List.of(),
            Classification.UNCLASSIFIED);
    assertEquals(Map.of("productLines[1].description", ENGLISH + " (U+0085)"), refusals(measure));
  }

  @Test
  void aTextParameterIsCheckedToo() throws NoSuchMethodException {
    var hold = MeetingService.class.getMethod("hold", long.class, long.class, String.class);
    var refused =
        validator
            .forExecutables()
            .validateParameters(new MeetingService(), hold, new Object[] {1L, 0L, "Held\u202E"});
    assertEquals(1, refused.size());
    assertEquals(ENGLISH + " (U+202E)", refused.iterator().next().getMessage());
  }

  @Test
  void theMessageIsInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var messages =
          french.getValidator().validate(meeting("Titre" + RLO, List.of(), null)).stream()
              .map(ConstraintViolation::getMessage)
              .toList();
      assertEquals(
          List.of(
              "Retirez le caractère de contrôle ou qui masque ou réordonne le texte ; un texte peut"
                  + " contenir des lettres, des signes, des tabulations et des sauts de ligne"
                  + " (U+202E)"),
          messages);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }
}
