package ca.gc.engagement.trademeasure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.TradeMeasureScenario;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The messages a desk officer reads next to each field when a trade measure draft is wrong. */
class TradeMeasureDraftValidationTest {

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

  static Stream<TradeMeasureDraft> theScenario() {
    return Stream.of(
        TradeMeasureScenario.electricVehicles(),
        TradeMeasureScenario.steel(),
        TradeMeasureScenario.aluminium(),
        TradeMeasureScenario.canolaOilMealAndPeas(1),
        TradeMeasureScenario.pork(1),
        TradeMeasureScenario.seafood(1),
        TradeMeasureScenario.canolaSeed(),
        TradeMeasureScenario.canolaMealAndPeasExemption(4),
        TradeMeasureScenario.lobsterAndCrabExemption(6));
  }

  @ParameterizedTest
  @MethodSource("theScenario")
  void everyMeasureOfTheScenarioIsValid(TradeMeasureDraft draft) {
    assertEquals(Map.of(), messages(draft));
  }

  @Test
  void anEmptyDraftNamesEveryMissingField() {
    var empty =
        new TradeMeasureDraft(
            " ", null, null, null, List.of(), null, null, null, null, null, null, null, null);
    assertEquals(
        Map.of(
            "title", "Give the measure a title.",
            "imposingCountry", "Choose the country that imposes the measure.",
            "targetCountry", "Choose the country whose goods the measure targets.",
            "type", "Choose the type of measure (tariff, surtax, anti-dumping, ...).",
            "productLines", "List at least one product the measure applies to.",
            "source", "Say where the measure is published.",
            "inForceFrom", "Give the first day the measure is in force.",
            "classification", "Choose the record's classification."),
        messages(empty));
  }

  @Test
  void aMeasureIsNotImposedByACountryOnItself() {
    var d = TradeMeasureScenario.steel();
    assertEquals(
        Map.of(
            "targetCountry",
            "A country does not impose a measure on itself: choose a target other than the"
                + " imposing country."),
        messages(with(d, "CA", "CA", d.type(), null, d.inForceUntil(), d.rates())));
  }

  @Test
  void aMeasureEndsOnOrAfterItsFirstDay() {
    var d = TradeMeasureScenario.steel();
    assertEquals(
        Map.of("inForceUntil", "The measure cannot end before it comes into force."),
        messages(with(d, "CA", "CN", d.type(), null, d.inForceFrom().minusDays(1), List.of())));
    assertEquals(
        Map.of(), messages(with(d, "CA", "CN", d.type(), null, d.inForceFrom(), d.rates())));
  }

  @Test
  void anExemptionAndOnlyAnExemptionNamesTheMeasureItRelieves() {
    var d = TradeMeasureScenario.canolaMealAndPeasExemption(4);
    assertEquals(
        Map.of("exemptsFromId", "Say which measure this exemption relieves products of."),
        messages(
            with(d, "CN", "CA", TradeMeasureType.EXEMPTION, null, d.inForceUntil(), d.rates())));
    assertEquals(
        Map.of(
            "exemptsFromId",
            "Only an exemption names a measure it exempts products from: choose the type"
                + " Exemption, or leave this empty."),
        messages(with(d, "CN", "CA", TradeMeasureType.TARIFF, 4L, d.inForceUntil(), d.rates())));
  }

  @Test
  void eachRateChangeHasItsOwnDayWithinThePeriod() {
    var d = TradeMeasureScenario.canolaSeed();
    var sameDay =
        List.of(
            new RateChangeDraft(d.inForceFrom(), new BigDecimal("75.8"), null),
            new RateChangeDraft(d.inForceFrom(), new BigDecimal("15"), null));
    assertEquals(
        Map.of(
            "rates",
            "Give each rate change a day of its own: two rates cannot take effect on the same"
                + " day."),
        messages(with(d, "CN", "CA", d.type(), null, null, sameDay)));
    var afterTheEnd =
        List.of(new RateChangeDraft(LocalDate.of(2027, 1, 1), new BigDecimal("15"), null));
    assertEquals(
        Map.of(
            "rates",
            "A rate takes effect within the measure's period: not before its first day, nor"
                + " after its last."),
        messages(with(d, "CN", "CA", d.type(), null, LocalDate.of(2026, 12, 31), afterTheEnd)));
  }

  @Test
  void aRateIsAPercentageWithAtMostThreeDecimals() {
    var d = TradeMeasureScenario.canolaSeed();
    var rates =
        List.of(
            new RateChangeDraft(d.inForceFrom(), new BigDecimal("75.8125"), null),
            new RateChangeDraft(MAR_1(), new BigDecimal("-1"), null),
            new RateChangeDraft(null, null, null));
    assertEquals(
        Map.of(
            "rate",
            "A rate cannot be negative. | Give the rate as a percentage (for example 25 or 75.8)."
                + " | Give the rate as a percentage with at most three decimals (for example"
                + " 75.8).",
            "effectiveFrom",
            "Give the day the rate takes effect."),
        messages(with(d, "CN", "CA", d.type(), null, null, rates)));
  }

  private static LocalDate MAR_1() {
    return TradeMeasureScenario.MAR_1_2026;
  }

  @Test
  void aProductLineNamesItsGoodsAndTheirHsCode() {
    var d = TradeMeasureScenario.electricVehicles();
    var lines =
        List.of(
            new ProductLineDraft("Hybrids", "8703.40–.70"),
            new ProductLineDraft("Steel", "72.29-72.06"),
            new ProductLineDraft("Vehicles", "87.02-8704.10"),
            new ProductLineDraft(" ", " "));
    assertEquals(
        Map.of(
            "hsCode",
            "Give each product its HS code (for example 2306.41). | Write an HS range from the"
                + " lower code to the higher, for example 72.06-72.29. | Write both ends of an"
                + " HS range alike, for example 87.02-87.04 or 8703.40-8703.70. | Write the HS"
                + " code as a chapter (03), a heading (02.03), a subheading (1514.11), a tariff"
                + " item (1514.11.10), or a range of one of these such as 72.06-72.29.",
            "description",
            "Name each product (for example Canola meal)."),
        messages(withLines(d, lines)));
  }

  @Test
  void theSourceIsAPublicationWithAnOptionalWebAddress() {
    var d = TradeMeasureScenario.electricVehicles();
    var ftp = withSource(d, new SourceDraft("Canada Gazette", "ftp://gazette.gc.ca"));
    assertEquals(
        Map.of(
            "url",
            "Give the publication's web address starting with http:// or https://, or leave it"
                + " empty."),
        messages(ftp));
    assertEquals(Map.of(), messages(withSource(d, new SourceDraft("Diplomatic note", null))));
    assertEquals(
        Map.of(
            "publication",
            "Name the publication (gazette, announcement) that sets out the measure."),
        messages(withSource(d, new SourceDraft("", "https://gazette.gc.ca"))));
  }

  @Test
  void aSectorIsWrittenAsACode() {
    var d = TradeMeasureScenario.electricVehicles();
    var sectors =
        new TradeMeasureDraft(
            d.title(),
            d.imposingCountry(),
            d.targetCountry(),
            d.type(),
            d.productLines(),
            Set.of("Automotive"),
            d.source(),
            null,
            null,
            d.inForceFrom(),
            null,
            d.rates(),
            d.classification());
    assertEquals(
        Map.of(
            "sectors",
            "A sector code is written in capitals with underscores, for example AGRI_FOOD."),
        messages(sectors));
  }

  @Test
  void messagesAreInFrenchForAFrenchReader() {
    Locale.setDefault(Locale.FRENCH);
    try (ValidatorFactory french = Validation.buildDefaultValidatorFactory()) {
      var d = TradeMeasureScenario.steel();
      var violations =
          french
              .getValidator()
              .validate(withLines(d, List.of(new ProductLineDraft("Acier", "72.29-72.06"))));
      var byField = new TreeMap<String, String>();
      violations.forEach(v -> byField.put(field(v.getPropertyPath()), v.getMessage()));
      assertEquals(
          Map.of(
              "hsCode",
              "Écrivez une plage SH du code le plus bas au plus haut, par exemple 72.06-72.29."),
          byField);
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  private static TradeMeasureDraft with(
      TradeMeasureDraft d,
      String imposing,
      String target,
      TradeMeasureType type,
      Long exemptsFrom,
      LocalDate until,
      List<RateChangeDraft> rates) {
    return new TradeMeasureDraft(
        d.title(),
        imposing,
        target,
        type,
        d.productLines(),
        d.sectors(),
        d.source(),
        d.retaliatesAgainstId(),
        exemptsFrom,
        d.inForceFrom(),
        until,
        rates,
        Classification.UNCLASSIFIED);
  }

  private static TradeMeasureDraft withLines(TradeMeasureDraft d, List<ProductLineDraft> lines) {
    return new TradeMeasureDraft(
        d.title(),
        d.imposingCountry(),
        d.targetCountry(),
        d.type(),
        lines,
        d.sectors(),
        d.source(),
        d.retaliatesAgainstId(),
        d.exemptsFromId(),
        d.inForceFrom(),
        d.inForceUntil(),
        d.rates(),
        d.classification());
  }

  private static TradeMeasureDraft withSource(TradeMeasureDraft d, SourceDraft source) {
    return new TradeMeasureDraft(
        d.title(),
        d.imposingCountry(),
        d.targetCountry(),
        d.type(),
        d.productLines(),
        d.sectors(),
        source,
        d.retaliatesAgainstId(),
        d.exemptsFromId(),
        d.inForceFrom(),
        d.inForceUntil(),
        d.rates(),
        d.classification());
  }

  /**
   * By the field the API and the pages name (the last property of the path, as the API's mapper
   * takes it); several messages on one field are sorted and joined.
   */
  private static Map<String, String> messages(TradeMeasureDraft draft) {
    var byField = new TreeMap<String, List<String>>();
    for (ConstraintViolation<TradeMeasureDraft> v : validator.validate(draft)) {
      byField
          .computeIfAbsent(field(v.getPropertyPath()), k -> new java.util.ArrayList<>())
          .add(v.getMessage());
    }
    var joined = new TreeMap<String, String>();
    byField.forEach((k, v) -> joined.put(k, String.join(" | ", v.stream().sorted().toList())));
    return joined;
  }

  private static String field(Path path) {
    String field = "";
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case PROPERTY, PARAMETER -> field = node.getName();
        default -> {}
      }
    }
    return field;
  }
}
