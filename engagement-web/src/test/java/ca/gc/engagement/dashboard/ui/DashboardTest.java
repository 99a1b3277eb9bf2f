package ca.gc.engagement.dashboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.demo.control.TradeMeasureScenario;
import ca.gc.engagement.search.entity.MonthlyCount;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which measure the rate chart shows first, and the months of the engagements chart. */
class DashboardTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void theRateChartShowsTheMeasureWhoseRateChangedMostOftenSoFar() {
    TradeMeasure ev = TradeMeasure.record(TradeMeasureScenario.electricVehicles());
    TradeMeasure oil = TradeMeasure.record(TradeMeasureScenario.canolaOilMealAndPeas(1));
    TradeMeasure seed = TradeMeasure.record(TradeMeasureScenario.canolaSeed());
    TradeMeasure quota = TradeMeasure.record(TradeMeasureScenario.electricVehicleQuota());

    assertEquals(
        seed,
        Dashboard.firstShown(List.of(ev, oil, seed, quota), TODAY),
        "the canola-seed deposit's rate changed twice, the others' once: no word of the scenario");
    assertEquals(
        quota,
        Dashboard.firstShown(List.of(ev, quota), TODAY),
        "of measures whose rate changed as often, the one whose rate changed last");
    TradeMeasure quotaRaised = TradeMeasure.record(TradeMeasureScenario.electricVehicleQuota());
    quotaRaised.recordRate(
        new RateChangeDraft(LocalDate.of(2026, 6, 1), new BigDecimal("10"), "Quota raised"));
    assertEquals(
        seed,
        Dashboard.firstShown(List.of(quotaRaised, seed), TODAY),
        "of measures whose rate changed as often, the one whose rate swung widest (75.8 to 15),"
            + " though the other's changed later");
    assertEquals(
        ev,
        Dashboard.firstShown(List.of(ev, quota), LocalDate.of(2025, 1, 1)),
        "a change still to come does not count");
    assertEquals(null, Dashboard.firstShown(List.of(), TODAY));
  }

  @Test
  void everyMonthOfThePeriodHasItsLineNoneAtZero() {
    List<MonthOfEngagements> months =
        MonthOfEngagements.of(
            List.of(
                new MonthlyCount(RecordKind.MEETING, YearMonth.of(2026, 1), 4),
                new MonthlyCount(RecordKind.MISSION, YearMonth.of(2026, 1), 2)),
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 2));

    assertEquals(
        List.of(
            new MonthOfEngagements(YearMonth.of(2025, 12), 0, 0),
            new MonthOfEngagements(YearMonth.of(2026, 1), 2, 4),
            new MonthOfEngagements(YearMonth.of(2026, 2), 0, 0)),
        months);
    assertEquals(6, months.get(1).total());
  }
}
