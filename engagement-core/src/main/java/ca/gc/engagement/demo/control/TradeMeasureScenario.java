package ca.gc.engagement.demo.control;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.ProductLineDraft;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import ca.gc.engagement.trademeasure.entity.SourceDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The measures of the tariff dispute (../shared/scenario.md) as a desk officer would enter them,
 * with the outcome reported at the end of the visit: the expected cut of the canola-seed deposit (a
 * later rate of the same measure), the expected exemptions (measures of their own, PROPOSED, each
 * naming the tariff it relieves) and Canada's quota for Chinese electric vehicles. The links
 * (retaliation, exemption) take the id of a stored measure. A source names the notice a measure was
 * published in, as the scenario knows it, without an address.
 */
public final class TradeMeasureScenario {

  public static final LocalDate OCT_1_2024 = LocalDate.of(2024, 10, 1);
  public static final LocalDate OCT_22_2024 = LocalDate.of(2024, 10, 22);
  public static final LocalDate MAR_20_2025 = LocalDate.of(2025, 3, 20);
  public static final LocalDate AUG_14_2025 = LocalDate.of(2025, 8, 14);
  public static final LocalDate JAN_16_2026 = LocalDate.of(2026, 1, 16);
  public static final LocalDate MAR_1_2026 = LocalDate.of(2026, 3, 1);
  public static final LocalDate DEC_31_2026 = LocalDate.of(2026, 12, 31);

  private static final SourceDraft CANADA_SURTAX =
      new SourceDraft("Canada Gazette, Part II: surtax order on goods from China (2024)", null);
  private static final SourceDraft CHINA_TARIFF =
      new SourceDraft(
          "Announcement of the Customs Tariff Commission of the State Council (March 2025)", null);
  private static final SourceDraft PRELIMINARY_ARRANGEMENT =
      new SourceDraft("Reported outcome of the preliminary arrangement of 16 January 2026", null);

  private TradeMeasureScenario() {}

  public static List<RateChangeDraft> rate(LocalDate from, String percent) {
    return List.of(new RateChangeDraft(from, new BigDecimal(percent), null));
  }

  public static TradeMeasureDraft electricVehicles() {
    return new TradeMeasureDraft(
        "Surtax on electric vehicles from China",
        "CA",
        "CN",
        TradeMeasureType.SURTAX,
        List.of(
            new ProductLineDraft("Electric vehicles", "8703.80"),
            new ProductLineDraft("Hybrid vehicles", "8703.40–8703.70"),
            new ProductLineDraft(
                "Electric and hybrid buses, passenger vehicles and trucks", "87.02–87.04")),
        Set.of("ELECTRIC_VEHICLES"),
        CANADA_SURTAX,
        null,
        null,
        OCT_1_2024,
        null,
        rate(OCT_1_2024, "100"),
        Classification.UNCLASSIFIED);
  }

  public static TradeMeasureDraft steel() {
    return new TradeMeasureDraft(
        "Surtax on steel products from China",
        "CA",
        "CN",
        TradeMeasureType.SURTAX,
        List.of(
            new ProductLineDraft("Iron and steel products", "72.06-72.29"),
            new ProductLineDraft("Steel piling, rails and tubes", "73.01-73.06")),
        Set.of("STEEL"),
        CANADA_SURTAX,
        null,
        null,
        OCT_22_2024,
        null,
        rate(OCT_22_2024, "25"),
        Classification.UNCLASSIFIED);
  }

  public static TradeMeasureDraft aluminium() {
    return new TradeMeasureDraft(
        "Surtax on aluminium products from China",
        "CA",
        "CN",
        TradeMeasureType.SURTAX,
        List.of(new ProductLineDraft("Aluminium and articles thereof", "76.01-76.09")),
        Set.of("ALUMINIUM"),
        CANADA_SURTAX,
        null,
        null,
        OCT_22_2024,
        null,
        rate(OCT_22_2024, "25"),
        Classification.UNCLASSIFIED);
  }

  public static TradeMeasureDraft canolaOilMealAndPeas(long answers) {
    return new TradeMeasureDraft(
        "Tariff on Canadian canola oil, canola meal and peas",
        "CN",
        "CA",
        TradeMeasureType.TARIFF,
        List.of(
            new ProductLineDraft("Canola oil, crude", "1514.11"),
            new ProductLineDraft("Canola oil, other", "1514.19"),
            new ProductLineDraft("Canola meal", "2306.41"),
            new ProductLineDraft("Peas", "0713.10")),
        Set.of("CANOLA", "PULSES"),
        CHINA_TARIFF,
        answers,
        null,
        MAR_20_2025,
        null,
        rate(MAR_20_2025, "100"),
        Classification.UNCLASSIFIED);
  }

  public static TradeMeasureDraft pork(long answers) {
    return new TradeMeasureDraft(
        "Tariff on Canadian pork",
        "CN",
        "CA",
        TradeMeasureType.TARIFF,
        List.of(new ProductLineDraft("Meat of swine", "02.03")),
        Set.of("PORK"),
        CHINA_TARIFF,
        answers,
        null,
        MAR_20_2025,
        null,
        rate(MAR_20_2025, "25"),
        Classification.UNCLASSIFIED);
  }

  public static TradeMeasureDraft seafood(long answers) {
    return new TradeMeasureDraft(
        "Tariff on Canadian fish and seafood",
        "CN",
        "CA",
        TradeMeasureType.TARIFF,
        List.of(
            new ProductLineDraft("Fish and crustaceans", "03"),
            new ProductLineDraft("Prepared crustaceans and molluscs", "16.05")),
        Set.of("SEAFOOD"),
        CHINA_TARIFF,
        answers,
        null,
        MAR_20_2025,
        null,
        rate(MAR_20_2025, "25"),
        Classification.UNCLASSIFIED);
  }

  /** The deposit, and the cut to about 15 % expected from the preliminary arrangement. */
  public static TradeMeasureDraft canolaSeed() {
    return new TradeMeasureDraft(
        "Anti-dumping deposit on Canadian canola seed",
        "CN",
        "CA",
        TradeMeasureType.ANTI_DUMPING,
        List.of(new ProductLineDraft("Rape or colza (canola) seeds", "1205.10")),
        Set.of("CANOLA"),
        new SourceDraft(
            "Ministry of Commerce of China, preliminary anti-dumping ruling (August 2025)", null),
        null,
        null,
        AUG_14_2025,
        null,
        List.of(
            new RateChangeDraft(AUG_14_2025, new BigDecimal("75.8"), "Preliminary ruling"),
            new RateChangeDraft(
                MAR_1_2026,
                new BigDecimal("15"),
                "Expected under the preliminary arrangement of 16 January 2026")),
        Classification.UNCLASSIFIED);
  }

  /** Canola meal and peas, relieved of the retaliatory tariff from 1 March to the end of 2026. */
  public static TradeMeasureDraft canolaMealAndPeasExemption(long exemptsFrom) {
    return new TradeMeasureDraft(
        "Exemption of canola meal and peas from the retaliatory tariff",
        "CN",
        "CA",
        TradeMeasureType.EXEMPTION,
        List.of(
            new ProductLineDraft("Canola meal", "2306.41"),
            new ProductLineDraft("Peas", "0713.10")),
        Set.of("CANOLA", "PULSES"),
        PRELIMINARY_ARRANGEMENT,
        null,
        exemptsFrom,
        MAR_1_2026,
        DEC_31_2026,
        List.of(),
        Classification.UNCLASSIFIED);
  }

  /** Lobster and crab, relieved of the seafood tariff over the same period. */
  public static TradeMeasureDraft lobsterAndCrabExemption(long exemptsFrom) {
    return new TradeMeasureDraft(
        "Exemption of lobster and crab from the retaliatory tariff",
        "CN",
        "CA",
        TradeMeasureType.EXEMPTION,
        List.of(
            new ProductLineDraft("Lobster, frozen", "0306.12"),
            new ProductLineDraft("Lobster, live", "0306.32"),
            new ProductLineDraft("Crab, frozen", "0306.14"),
            new ProductLineDraft("Crab, live", "0306.33")),
        Set.of("SEAFOOD"),
        PRELIMINARY_ARRANGEMENT,
        null,
        exemptsFrom,
        MAR_1_2026,
        DEC_31_2026,
        List.of(),
        Classification.UNCLASSIFIED);
  }

  /**
   * Canada's quota of the preliminary arrangement: up to 49,000 electric vehicles from China a year
   * at 6.1 %, PROPOSED until it is implemented. The yearly volume has no field of its own: it is in
   * the title and the product line.
   */
  public static TradeMeasureDraft electricVehicleQuota() {
    return new TradeMeasureDraft(
        "Quota for electric vehicles from China: up to 49,000 a year at 6.1 %",
        "CA",
        "CN",
        TradeMeasureType.QUOTA,
        List.of(new ProductLineDraft("Electric vehicles, up to 49,000 a year", "8703.80")),
        Set.of("ELECTRIC_VEHICLES"),
        PRELIMINARY_ARRANGEMENT,
        null,
        null,
        JAN_16_2026,
        null,
        List.of(
            new RateChangeDraft(
                JAN_16_2026, new BigDecimal("6.1"), "Within the quota of 49,000 vehicles a year")),
        Classification.UNCLASSIFIED);
  }
}
