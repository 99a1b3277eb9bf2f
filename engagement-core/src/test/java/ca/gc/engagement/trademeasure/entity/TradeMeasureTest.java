package ca.gc.engagement.trademeasure.entity;

import static ca.gc.engagement.demo.control.TradeMeasureScenario.AUG_14_2025;
import static ca.gc.engagement.demo.control.TradeMeasureScenario.MAR_1_2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.demo.control.TradeMeasureScenario;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a trade measure that need no database: rates over time, links, transitions. */
class TradeMeasureTest {

  private static TradeMeasure inForce(TradeMeasureDraft draft) {
    TradeMeasure measure = TradeMeasure.record(draft);
    measure.moveTo(TradeMeasureStatus.IN_FORCE);
    return measure;
  }

  /** What a reader sees: "75.8", "15", or "none". */
  private static String shown(Optional<BigDecimal> rate) {
    return rate.map(r -> r.stripTrailingZeros().toPlainString()).orElse("none");
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2025-08-13, none",
    "2025-08-14, 75.8",
    "2025-12-31, 75.8",
    "2026-02-28, 75.8",
    "2026-03-01, 15",
    "2027-06-30, 15"
  })
  void theCanolaSeedDepositOnAnyDay(LocalDate day, String rate) {
    TradeMeasure canolaSeed = inForce(TradeMeasureScenario.canolaSeed());
    assertEquals(rate, shown(canolaSeed.rateOn(day)));
  }

  @Test
  void aRecordedRateAddsToTheHistoryAndKeepsTheEarlierOnes() {
    TradeMeasure pork = inForce(TradeMeasureScenario.pork(1));
    pork.recordRate(new RateChangeDraft(LocalDate.of(2026, 6, 1), new BigDecimal("10"), null));
    assertEquals("25", shown(pork.rateOn(LocalDate.of(2026, 5, 31))));
    assertEquals("10", shown(pork.rateOn(LocalDate.of(2026, 6, 1))));
    assertEquals(2, pork.getRates().size());
    assertEquals(TradeMeasureScenario.MAR_20_2025, pork.getRates().get(0).getEffectiveFrom());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-08-14 | A rate of 75.8 % is already recorded from 2025-08-14. To correct it, revise"
            + " the measure.",
        "2025-08-01 | A rate takes effect within the measure's period (from 2025-08-14);"
            + " 2025-08-01 is outside it."
      })
  void aRateOnATakenDayOrBeforeTheMeasureIsRefused(LocalDate day, String message) {
    TradeMeasure canolaSeed = inForce(TradeMeasureScenario.canolaSeed());
    var refusal =
        assertThrows(
            RuleViolationException.class,
            () -> canolaSeed.recordRate(new RateChangeDraft(day, BigDecimal.ONE, null)));
    assertEquals(message, refusal.getMessage());
    assertEquals("effectiveFrom", refusal.field());
  }

  @ParameterizedTest(name = "moved [{0}]: applies {1}, rate {2}")
  @CsvSource({
    "'', false, none",
    "IN_FORCE, true, 75.8",
    "IN_FORCE SUSPENDED, false, none",
    "IN_FORCE SUSPENDED IN_FORCE, true, 75.8",
    "LIFTED, false, none"
  })
  void whetherItAppliesDependsOnWhetherItTookEffect(String moves, boolean applies, String rate) {
    TradeMeasure canolaSeed = TradeMeasure.record(TradeMeasureScenario.canolaSeed());
    for (String move : moves.split(" ")) {
      if (!move.isEmpty()) {
        canolaSeed.moveTo(TradeMeasureStatus.valueOf(move));
      }
    }
    LocalDate day = LocalDate.of(2026, 1, 15);
    assertEquals(applies, canolaSeed.inForceOn(day));
    assertEquals(rate, shown(canolaSeed.rateOn(day)));
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({"2026-02-28, false", "2026-03-01, true", "2026-12-31, true", "2027-01-01, false"})
  void anExemptionAppliesOverItsOwnPeriod(LocalDate day, boolean applies) {
    TradeMeasure exemption = inForce(TradeMeasureScenario.canolaMealAndPeasExemption(1));
    assertEquals(applies, exemption.inForceOn(day));
  }

  @Test
  void aLiftedMeasureStillAnswersForTheDaysItApplied() {
    var draft = TradeMeasureScenario.canolaSeed();
    TradeMeasure canolaSeed = inForce(draft);
    canolaSeed.revise(withLastDay(draft, LocalDate.of(2026, 6, 30)));
    canolaSeed.moveTo(TradeMeasureStatus.LIFTED);
    assertEquals("15", shown(canolaSeed.rateOn(LocalDate.of(2026, 6, 30))));
    assertFalse(canolaSeed.inForceOn(LocalDate.of(2026, 7, 1)));
  }

  @Test
  void aMeasureInForceIsNotLiftedWithoutItsLastDay() {
    TradeMeasure canolaSeed = inForce(TradeMeasureScenario.canolaSeed());
    var refusal =
        assertThrows(
            RuleViolationException.class, () -> canolaSeed.moveTo(TradeMeasureStatus.LIFTED));
    assertEquals(
        "Give the last day the measure was in force: a lifted measure needs it, so that what"
            + " applied on any day can still be told.",
        refusal.getMessage());
    assertEquals("inForceUntil", refusal.field());
    assertEquals(TradeMeasureStatus.IN_FORCE, canolaSeed.getStatus());
  }

  @Test
  void aProposalIsDroppedWithoutALastDay() {
    TradeMeasure proposal = TradeMeasure.record(TradeMeasureScenario.canolaSeed());
    proposal.moveTo(TradeMeasureStatus.LIFTED);
    assertFalse(proposal.hasTakenEffect());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PROPOSED  | IN_FORCE  | ",
        "PROPOSED  | LIFTED    | ",
        "PROPOSED  | SUSPENDED | A trade measure cannot go from PROPOSED to SUSPENDED. Allowed"
            + " from PROPOSED: IN_FORCE, LIFTED.",
        "IN_FORCE  | SUSPENDED | ",
        "IN_FORCE  | LIFTED    | ",
        "IN_FORCE  | PROPOSED  | A trade measure cannot go from IN_FORCE to PROPOSED. Allowed"
            + " from IN_FORCE: LIFTED, SUSPENDED.",
        "SUSPENDED | IN_FORCE  | ",
        "SUSPENDED | LIFTED    | ",
        "SUSPENDED | PROPOSED  | A trade measure cannot go from SUSPENDED to PROPOSED. Allowed"
            + " from SUSPENDED: IN_FORCE, LIFTED.",
        "LIFTED    | IN_FORCE  | A trade measure cannot go from LIFTED to IN_FORCE. Allowed from"
            + " LIFTED: none: LIFTED is final.",
        "IN_FORCE  | IN_FORCE  | A trade measure cannot go from IN_FORCE to IN_FORCE. Allowed"
            + " from IN_FORCE: LIFTED, SUSPENDED."
      })
  void movesOnlyAlongItsLifecycle(TradeMeasureStatus from, TradeMeasureStatus to, String refusal) {
    TradeMeasure measure =
        TradeMeasure.record(
            withLastDay(TradeMeasureScenario.canolaSeed(), LocalDate.of(2026, 12, 31)));
    switch (from) {
      case PROPOSED -> {}
      case IN_FORCE -> measure.moveTo(TradeMeasureStatus.IN_FORCE);
      case SUSPENDED -> {
        measure.moveTo(TradeMeasureStatus.IN_FORCE);
        measure.moveTo(TradeMeasureStatus.SUSPENDED);
      }
      case LIFTED -> measure.moveTo(TradeMeasureStatus.LIFTED);
    }
    if (refusal == null) {
      measure.moveTo(to);
      assertEquals(to, measure.getStatus());
    } else {
      var e = assertThrows(IllegalTransitionException.class, () -> measure.moveTo(to));
      assertEquals(refusal, e.getMessage());
      assertEquals(from, measure.getStatus());
    }
  }

  @ParameterizedTest(name = "a retaliation by {0} on {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CN | CA | ",
        "CA | CN | “Surtax on electric vehicles from China” is imposed by Canada on China: a"
            + " retaliation against it is imposed by China on Canada.",
        "CN | US | “Surtax on electric vehicles from China” is imposed by Canada on China: a"
            + " retaliation against it is imposed by China on Canada.",
        "US | CA | “Surtax on electric vehicles from China” is imposed by Canada on China: a"
            + " retaliation against it is imposed by China on Canada."
      })
  void aRetaliationIsImposedByTheTargetOnTheImposingCountry(
      String imposing, String target, String refusal) {
    TradeMeasure evSurtax = inForce(TradeMeasureScenario.electricVehicles());
    Runnable answer =
        () -> evSurtax.admitsRetaliationBy(CountryCode.of(imposing), CountryCode.of(target));
    if (refusal == null) {
      answer.run();
    } else {
      var e = assertThrows(RuleViolationException.class, answer::run);
      assertEquals(refusal, e.getMessage());
      assertEquals("retaliatesAgainstId", e.field());
    }
  }

  @Test
  void anExemptionRelievesProductsOfItsOwnCountrysMeasure() {
    TradeMeasure seafood = inForce(TradeMeasureScenario.seafood(1));
    var lobsterAndCrab = TradeMeasureScenario.lobsterAndCrabExemption(2);
    seafood.admitsExemption(
        CountryCode.of("CN"), CountryCode.of("CA"), lobsterAndCrab.productLines());

    var wrongWay =
        assertThrows(
            RuleViolationException.class,
            () ->
                seafood.admitsExemption(
                    CountryCode.of("CA"), CountryCode.of("CN"), lobsterAndCrab.productLines()));
    assertEquals(
        "“Tariff on Canadian fish and seafood” is imposed by China on Canada: an exemption from it"
            + " is also imposed by China on Canada.",
        wrongWay.getMessage());
    assertEquals("exemptsFromId", wrongWay.field());
  }

  @Test
  void anExemptionNamesOnlyProductsOfTheMeasure() {
    TradeMeasure seafood = inForce(TradeMeasureScenario.seafood(1));
    var refusal =
        assertThrows(
            RuleViolationException.class,
            () ->
                seafood.admitsExemption(
                    CountryCode.of("CN"),
                    CountryCode.of("CA"),
                    List.of(
                        new ProductLineDraft("Lobster, live", "0306.32"),
                        new ProductLineDraft("Canola meal", "2306.41"),
                        new ProductLineDraft("Peas", "0713.10"))));
    assertEquals(
        "“Tariff on Canadian fish and seafood” does not apply to Canola meal (2306.41), Peas"
            + " (0713.10): an exemption relieves only products of the measure it names.",
        refusal.getMessage());
    assertEquals("productLines", refusal.field());
  }

  @Test
  void anExemptionIsNotExemptedFrom() {
    TradeMeasure exemption = inForce(TradeMeasureScenario.canolaMealAndPeasExemption(1));
    var refusal =
        assertThrows(
            RuleViolationException.class,
            () -> exemption.admitsExemption(CountryCode.of("CN"), CountryCode.of("CA"), List.of()));
    assertEquals(
        "“Exemption of canola meal and peas from the retaliatory tariff” is itself an exemption:"
            + " name the measure whose products this one exempts.",
        refusal.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TradeMeasureType.class)
  void everyTypeOfTheIssueFits(TradeMeasureType type) {
    var d = TradeMeasureScenario.steel();
    TradeMeasure measure =
        TradeMeasure.record(
            new TradeMeasureDraft(
                d.title(),
                d.imposingCountry(),
                d.targetCountry(),
                type,
                d.productLines(),
                d.sectors(),
                d.source(),
                null,
                type == TradeMeasureType.EXEMPTION ? 1L : null,
                d.inForceFrom(),
                null,
                d.rates(),
                d.classification()));
    assertEquals(type, measure.getType());
    assertTrue(measure.covers(HsCode.of("7208.10")));
  }

  static TradeMeasureDraft withLastDay(TradeMeasureDraft d, LocalDate until) {
    return new TradeMeasureDraft(
        d.title(),
        d.imposingCountry(),
        d.targetCountry(),
        d.type(),
        d.productLines(),
        d.sectors(),
        d.source(),
        d.retaliatesAgainstId(),
        d.exemptsFromId(),
        d.inForceFrom(),
        until,
        d.rates(),
        d.classification());
  }

  @Test
  void theCanolaSeedCutIsKeptWithItsNote() {
    TradeMeasure canolaSeed = inForce(TradeMeasureScenario.canolaSeed());
    var cut = canolaSeed.getRates().get(1);
    assertEquals(MAR_1_2026, cut.getEffectiveFrom());
    assertEquals("Expected under the preliminary arrangement of 16 January 2026", cut.getNote());
    assertEquals(AUG_14_2025, canolaSeed.getRates().get(0).getEffectiveFrom());
  }
}
