package ca.gc.engagement.query.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.followup.entity.FollowUpQuery;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries of the lists that are not the search's: what a reader may filter and sort each list
 * by, and the messages that tell them the choices there are when they ask for another.
 */
class ListQueryValidationTest {

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

  @AfterEach
  void english() {
    Locale.setDefault(Locale.ENGLISH);
  }

  private static Map<String, String> messages(Object query) {
    Map<String, String> messages = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(query)) {
      messages.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return messages;
  }

  @Test
  void anEmptyQueryListsEverythingInTheListsOwnOrder() {
    assertEquals(Map.of(), messages(StakeholderQuery.everything()));
    assertEquals(Map.of(), messages(FollowUpQuery.everything()));
    assertEquals(Map.of(), messages(TradeMeasureQuery.everything()));
    assertEquals(Map.of(), messages(CarveOutQuery.everything()));
    assertEquals(
        new Order<>(StakeholderQuery.Field.NAME, true), StakeholderQuery.everything().order());
    assertEquals(
        new Order<>(FollowUpQuery.Field.DUE_DATE, true), FollowUpQuery.everything().order());
    assertEquals(
        new Order<>(TradeMeasureQuery.Field.IN_FORCE_FROM, false),
        TradeMeasureQuery.everything().order());
    assertEquals(new Order<>(CarveOutQuery.Field.CODE, true), CarveOutQuery.everything().order());
  }

  @Test
  void blankCriteriaAreNoCriteria() {
    var blank = new StakeholderQuery(" ", "", "  ", "");
    assertEquals(Map.of(), messages(blank));
    assertEquals(StakeholderQuery.everything(), blank);
    assertNull(blank.statusValue());
    var padded = new StakeholderQuery(" Moe ", "CA", " ARCHIVED ", " name,desc ");
    assertEquals(Map.of(), messages(padded));
    assertEquals("Moe", padded.q());
    assertEquals(StakeholderStatus.ARCHIVED, padded.statusValue());
    assertEquals(new Order<>(StakeholderQuery.Field.NAME, false), padded.order());
  }

  @Test
  void aStatusIsOneOfTheRecordsOwnAndTheMessageListsThem() {
    assertEquals(
        Map.of("status", "Filter by one of these statuses: ACTIVE, ARCHIVED."),
        messages(new StakeholderQuery(null, null, "archived", null)));
    assertEquals(
        Map.of("status", "Filter by one of these statuses: OPEN, DONE, DROPPED."),
        messages(new FollowUpQuery(null, "CLOSED", null, null, null)));
    assertEquals(
        FollowUpStatus.DONE, new FollowUpQuery(null, "DONE", null, null, null).statusValue());
    assertEquals(
        Map.of("status", "Filter by one of these statuses: PROPOSED, IN_FORCE, SUSPENDED, LIFTED."),
        messages(new TradeMeasureQuery(null, null, null, "SIGNED", null, null, null)));
  }

  @Test
  void aSortNamesAFieldOfTheListAsTheApiSpellsIt() {
    assertEquals(
        Map.of(),
        messages(new TradeMeasureQuery(null, null, null, null, null, null, "inForceFrom,asc")));
    assertEquals(
        new Order<>(TradeMeasureQuery.Field.IN_FORCE_FROM, true),
        new TradeMeasureQuery(null, null, null, null, null, null, "inForceFrom").order());
    String fields =
        "Sort by one of these fields, followed by ,asc or ,desc if need be:"
            + " dueDate, owner, status.";
    for (String sort : new String[] {"date", "dueDate,up", "due_date", "DUE_DATE", "dueDate,"}) {
      assertEquals(
          Map.of("sort", fields), messages(new FollowUpQuery(null, null, null, null, sort)), sort);
    }
    assertEquals(
        Map.of(
            "sort",
            "Sort by one of these fields, followed by ,asc or ,desc if need be:"
                + " code, name, effectiveFrom, status."),
        messages(new CarveOutQuery(null, null, null, null, null, null, "title")));
  }

  @Test
  void countriesSectorsWordsAndDatesAreCheckedAsInTheSearch() {
    var query =
        new TradeMeasureQuery(
            "x".repeat(201),
            "China",
            "agri food",
            null,
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 2, 1),
            null);
    assertEquals(
        Map.of(
            "q", "Search for at most 200 characters.",
            "country", "Choose a country by its two-letter ISO code (for example CA or CN).",
            "sector",
                "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "chronological", "The end of the date range cannot come before its start."),
        messages(query));
    assertEquals(
        Map.of("country", "Choose a country by its two-letter ISO code (for example CA or CN)."),
        messages(new StakeholderQuery(null, "CA-SK", null, null)));
  }

  @Test
  void theChoicesReadInFrenchToo() {
    Locale.setDefault(Locale.CANADA_FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var violations =
          french.getValidator().validate(new StakeholderQuery(null, null, "GONE", "age"));
      Map<String, String> messages = new TreeMap<>();
      violations.forEach(v -> messages.put(v.getPropertyPath().toString(), v.getMessage()));
      assertEquals(
          Map.of(
              "status",
              "Filtrez selon l’un de ces états : ACTIVE, ARCHIVED.",
              "sort",
              "Triez selon l’un de ces champs, suivi au besoin de ,asc ou ,desc :"
                  + " name, organisation, jurisdiction, status."),
          messages);
    }
  }

  @Test
  void anOrderIsReadFromTheSortParameter() {
    assertEquals(
        Optional.of(new Order<>(FollowUpQuery.Field.DUE_DATE, false)),
        Order.parse(FollowUpQuery.Field.class, "dueDate,desc"));
    assertEquals(Optional.empty(), Order.parse(FollowUpQuery.Field.class, null));
    assertEquals(Optional.empty(), Order.parse(FollowUpQuery.Field.class, "dueDate,desc,asc"));
    assertEquals("inForceFrom", Order.name(TradeMeasureQuery.Field.IN_FORCE_FROM));
    assertEquals("status", Order.name(TradeMeasureQuery.Field.STATUS));
  }
}
