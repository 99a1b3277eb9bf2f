package ca.gc.engagement.carveout.control;

import static ca.gc.engagement.sector.control.SectorTree.Node.top;
import static ca.gc.engagement.sector.control.SectorTree.Node.under;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Screening as a desk officer meets it: the scenario's proposals against carve-outs shaped like the
 * seeded ones (the seeded ones themselves are screened in SeededCarveOutsTest).
 */
class ScreeningTest {

  static final LocalDate SIGNING = LocalDate.of(2026, 1, 16);

  static final SectorTree TREE =
      SectorTree.of(
          top("NATIONAL_SECURITY"),
          under("NATIONAL_SECURITY", "DEFENCE"),
          under("NATIONAL_SECURITY", "CRITICAL_MINERALS"),
          under("NATIONAL_SECURITY", "TELECOMMUNICATIONS"),
          top("ARCTIC"),
          top("AGRI_FOOD"),
          under("AGRI_FOOD", "CANOLA"),
          under("AGRI_FOOD", "PORK"),
          top("FISHERIES"),
          under("FISHERIES", "SEAFOOD"),
          top("OIL_AND_GAS"),
          top("CLEAN_ENERGY"),
          top("ENVIRONMENT"));

  static CarveOutDraft draft(
      String code,
      String name,
      CarveOutMode mode,
      Set<String> sectors,
      Set<String> regions,
      Set<String> keywords,
      Set<String> countries,
      LocalDate from,
      LocalDate until) {
    return new CarveOutDraft(
        code,
        name,
        "Why " + name,
        "Policy on " + name,
        sectors,
        regions,
        keywords,
        countries,
        from,
        until,
        mode,
        Classification.UNCLASSIFIED);
  }

  static final CarveOut NATIONAL_SECURITY =
      CarveOut.declare(
          draft(
              "NATIONAL_SECURITY",
              "National security",
              CarveOutMode.PROHIBIT,
              Set.of("NATIONAL_SECURITY"),
              Set.of(),
              Set.of("defence", "dual-use", "critical minerals", "5G", "personal data"),
              Set.of("CN"),
              LocalDate.of(2026, 1, 1),
              null));

  static final CarveOut ARCTIC =
      CarveOut.declare(
          draft(
              "ARCTIC",
              "Arctic",
              CarveOutMode.PROHIBIT,
              Set.of("ARCTIC"),
              Set.of("CA-YT", "CA-NT", "CA-NU", "ARCTIC_WATERS", "NORTHWEST_PASSAGE"),
              Set.of("Arctic", "Northwest Passage", "Nunavut", "polar", "icebreaker"),
              Set.of("CN"),
              LocalDate.of(2026, 1, 1),
              null));

  static final List<CarveOut> SEEDED_SHAPE = List.of(NATIONAL_SECURITY, ARCTIC);

  static Proposal withChina(Set<String> sectors, Set<String> regions, String text) {
    return new Proposal(Set.of("CA", "CN"), sectors, regions, text, SIGNING);
  }

  static ScreeningResult screen(Proposal proposal, List<CarveOut> carveOuts) {
    return Screening.screen(proposal, carveOuts, TREE);
  }

  @ParameterizedTest(name = "tagged [{0}]")
  @ValueSource(strings = {"", "AGRI_FOOD", "CANOLA", "CLEAN_ENERGY", "ARCTIC"})
  void anArcticShippingCorridorIsProhibitedWhateverSectorItIsTaggedWith(String sector) {
    ScreeningResult result =
        screen(
            withChina(
                sector.isEmpty() ? Set.of() : Set.of(sector),
                Set.of(),
                "Memorandum of understanding on an Arctic shipping corridor"),
            SEEDED_SHAPE);
    assertEquals(Verdict.PROHIBITED, result.verdict());
    assertEquals(
        new Match(
            "ARCTIC",
            Classification.UNCLASSIFIED,
            CarveOutMode.PROHIBIT,
            MatchKind.KEYWORD,
            "Arctic",
            "The text mentions \u201cArctic\u201d, a keyword of the Arctic carve-out."),
        result.matches().stream().filter(m -> m.kind() == MatchKind.KEYWORD).findFirst().get());
  }

  @Test
  void criticalMineralsAreProhibitedAsPartOfNationalSecurity() {
    ScreeningResult result =
        screen(withChina(Set.of("CRITICAL_MINERALS"), Set.of(), "Joint venture"), SEEDED_SHAPE);
    assertEquals(Verdict.PROHIBITED, result.verdict());
    assertEquals(
        List.of(
            new Match(
                "NATIONAL_SECURITY",
                Classification.UNCLASSIFIED,
                CarveOutMode.PROHIBIT,
                MatchKind.SECTOR,
                "CRITICAL_MINERALS",
                "CRITICAL_MINERALS is within NATIONAL_SECURITY, which the National security"
                    + " carve-out covers.")),
        result.matches());
  }

  @Test
  void aCoveredSectorItselfIsExplainedWithoutAnAncestor() {
    ScreeningResult result = screen(withChina(Set.of("ARCTIC"), Set.of(), null), SEEDED_SHAPE);
    assertEquals(
        List.of("The Arctic carve-out covers the sector ARCTIC."),
        result.matches().stream().map(Match::reason).toList());
  }

  @Test
  void canolaTariffReliefIsClear() {
    ScreeningResult result =
        screen(
            withChina(
                Set.of("AGRI_FOOD", "CANOLA"),
                Set.of("CA-SK"),
                "China reduces the anti-dumping deposit on Canadian canola seed to about 15 % by"
                    + " 1 March 2026 and exempts canola meal, lobster, crab and peas from its"
                    + " tariffs until at least the end of 2026."),
            SEEDED_SHAPE);
    assertEquals(new ScreeningResult(Verdict.CLEAR, List.of(), 0), result);
  }

  @Test
  void energyCooperationIsClear() {
    ScreeningResult result =
        screen(
            withChina(
                Set.of("OIL_AND_GAS", "CLEAN_ENERGY"),
                Set.of("CA-AB", "CA-BC"),
                "Energy co-operation: more Canadian oil and liquefied natural gas exported to China;"
                    + " joint work on clean energy, hydrogen and carbon capture."),
            SEEDED_SHAPE);
    assertEquals(Verdict.CLEAR, result.verdict());
    assertEquals(List.of(), result.matches());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2025-12-31, CLEAR", // the day before it takes effect
    "2026-01-01, PROHIBITED", // its first day
    "2026-06-30, PROHIBITED", // its last day
    "2026-07-01, CLEAR" // the day after it ends
  })
  void aCarveOutAppliesOnlyInItsEffectivePeriod(LocalDate day, Verdict verdict) {
    CarveOut firstHalf =
        CarveOut.declare(
            draft(
                "DEFENCE_2026H1",
                "Defence",
                CarveOutMode.PROHIBIT,
                Set.of("DEFENCE"),
                Set.of(),
                Set.of(),
                Set.of("CN"),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)));
    Proposal proposal = new Proposal(Set.of("CA", "CN"), Set.of("DEFENCE"), null, null, day);
    assertEquals(verdict, screen(proposal, List.of(firstHalf)).verdict());
  }

  @Test
  void aCarveOutForOtherCountriesDoesNotApplyToACanadaJapanAgreement() {
    Proposal japan =
        new Proposal(
            Set.of("CA", "JP"),
            Set.of("CRITICAL_MINERALS"),
            Set.of("CA-NU"),
            "Arctic research and critical minerals supply chains",
            SIGNING);
    assertEquals(new ScreeningResult(Verdict.CLEAR, List.of(), 0), screen(japan, SEEDED_SHAPE));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"JP", "CN", "US", "FR"})
  void aCarveOutNamingNoCountryAppliesToEveryCountry(String country) {
    CarveOut everyone =
        CarveOut.declare(
            draft(
                "SANCTIONED_GOODS",
                "Sanctioned goods",
                CarveOutMode.PROHIBIT,
                Set.of(),
                Set.of(),
                Set.of("dual-use"),
                Set.of(),
                LocalDate.of(2026, 1, 1),
                null));
    Proposal proposal = new Proposal(Set.of("CA", country), null, null, "Dual-use goods", SIGNING);
    assertEquals(Verdict.PROHIBITED, screen(proposal, List.of(everyone)).verdict());
  }

  static final CarveOut SEAFOOD_REVIEW =
      CarveOut.declare(
          draft(
              "SEAFOOD_QUOTAS",
              "Seafood quotas",
              CarveOutMode.REVIEW,
              Set.of("FISHERIES"),
              Set.of(),
              Set.of("lobster"),
              Set.of(),
              LocalDate.of(2026, 1, 1),
              null));

  @Test
  void onlyReviewCarveOutsMatchingGivesReview() {
    ScreeningResult result =
        screen(
            withChina(Set.of("SEAFOOD"), Set.of(), "Tariff relief on lobster and crab"),
            List.of(NATIONAL_SECURITY, ARCTIC, SEAFOOD_REVIEW));
    assertEquals(Verdict.REVIEW, result.verdict());
    assertEquals(
        List.of(
            "SEAFOOD is within FISHERIES, which the Seafood quotas carve-out covers.",
            "The text mentions \u201clobster\u201d, a keyword of the Seafood quotas carve-out."),
        result.matches().stream().map(Match::reason).toList());
  }

  @Test
  void prohibitWinsOverReviewAndBothAreListed() {
    ScreeningResult result =
        screen(
            withChina(Set.of("SEAFOOD"), Set.of(), "Lobster fishing in Nunavut"),
            List.of(NATIONAL_SECURITY, ARCTIC, SEAFOOD_REVIEW));
    assertEquals(Verdict.PROHIBITED, result.verdict());
    assertEquals(Set.of("ARCTIC", "SEAFOOD_QUOTAS"), result.carveOutCodes());
  }

  @Test
  void everyMatchIsListedInReadingOrder() {
    ScreeningResult result =
        screen(
            withChina(
                Set.of("ARCTIC", "TELECOMMUNICATIONS", "CANOLA"),
                Set.of("ARCTIC_WATERS", "CA-NU", "CA-SK"),
                "A 5G network and an icebreaker for the Northwest Passage, the polar route."),
            SEEDED_SHAPE);
    assertEquals(Verdict.PROHIBITED, result.verdict());
    assertEquals(
        List.of(
            "ARCTIC SECTOR ARCTIC",
            "ARCTIC REGION ARCTIC_WATERS",
            "ARCTIC REGION CA-NU",
            "ARCTIC KEYWORD icebreaker",
            "ARCTIC KEYWORD Northwest Passage",
            "ARCTIC KEYWORD polar",
            "NATIONAL_SECURITY SECTOR TELECOMMUNICATIONS",
            "NATIONAL_SECURITY KEYWORD 5G"),
        result.matches().stream()
            .map(m -> m.carveOutCode() + " " + m.kind() + " " + m.value())
            .toList());
    assertEquals(
        "The Arctic carve-out covers the region ARCTIC_WATERS (Arctic waters).",
        result.matches().get(1).reason());
  }

  @Test
  void aSubdivisionIsWithinACoveredCountry() {
    CarveOut canada =
        CarveOut.declare(
            draft(
                "CANADIAN_SOIL",
                "Canadian soil",
                CarveOutMode.REVIEW,
                Set.of(),
                Set.of("CA"),
                Set.of(),
                Set.of(),
                LocalDate.of(2026, 1, 1),
                null));
    ScreeningResult result =
        screen(withChina(Set.of(), Set.of("CA-NU", "ARCTIC_WATERS"), null), List.of(canada));
    assertEquals(
        List.of("CA-NU is in CA, which the Canadian soil carve-out covers."),
        result.matches().stream().map(Match::reason).toList());
  }

  @Test
  void aRetiredCarveOutNoLongerApplies() {
    CarveOut retired =
        CarveOut.declare(
            draft(
                "OLD_ARCTIC",
                "Old Arctic",
                CarveOutMode.PROHIBIT,
                Set.of("ARCTIC"),
                Set.of(),
                Set.of(),
                Set.of("CN"),
                LocalDate.of(2020, 1, 1),
                null));
    retired.moveTo(CarveOutStatus.RETIRED);
    assertEquals(
        Verdict.CLEAR,
        screen(withChina(Set.of("ARCTIC"), Set.of(), null), List.of(retired)).verdict());
  }

  @ParameterizedTest(name = "[{0}] in \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Arctic            | Arctic shipping corridor                        | true
          Arctic            | ARCTIC SHIPPING CORRIDOR                        | true
          Arctic            | the arctic's sea routes                         | true
          Arctic            | a pan-Arctic council                            | true
          Arctic            | (Arctic)                                        | true
          Arctic            | Arcticfox Ltd. supplies parkas                  | false
          Arctic            | the Antarctic treaty                            | false
          Arctic            | Arctic2 programme                               | false
          Northwest Passage | transit through the northwest  passage          | true
          Northwest Passage | transit through the Northwest\u00a0Passage      | true
          Northwest Passage | the Northwest route and its passage             | false
          Northwest Passage | the Northwest Passages                          | false
          dual-use          | export of dual use goods                        | true
          dual-use          | export of Dual-Use goods                        | true
          dual-use          | export of dual\u2011use goods                   | true
          dual-use          | individual-use goods                            | false
          5G                | a 5G network                                    | true
          5G                | 45G                                             | false
          défense nationale | la Défense nationale                            | true
          défense nationale | DÉFENSE NATIONALE                               | true
          défense nationale | defense nationale                               | false
          defense           | la défense des intérêts des producteurs         | false
          minéraux critiques | mine\u0301raux critiques                      | true
          l'Arctique        | vers l\u2019Arctique                            | true
          Northwest Territories | Yellowknife, Northwest\\nTerritories        | true
          polar             | bipolar disorder research                       | false
          personal data     | personal-data protection                        | true
          ΠΟΛΟΣ             | ο βόρειος πολο\u03c2                           | true
          """)
  void keywordsMatchWholeWordsAndPhrasesInAnyCase(String keyword, String text, boolean found) {
    // the compiler has already turned the u-escapes into their characters; only line breaks remain
    String unescaped = text.replace("\\n", "\n");
    Phrase phrase = Phrase.of(keyword);
    String folded = Phrase.fold(unescaped);
    assertEquals(found, phrase.occursIn(folded, Phrase.caseless(folded)));
  }

  @Test
  void aKeywordOfNoWordsMatchesNothing() {
    assertEquals(null, Phrase.of(" - "));
  }

  @Test
  void aKeywordListedInTwoCasesIsReportedOnce() {
    CarveOut twice =
        CarveOut.declare(
            draft(
                "ARCTIC",
                "Arctic",
                CarveOutMode.PROHIBIT,
                Set.of(),
                Set.of(),
                Set.of("Arctic", "arctic", "ARCTIC "),
                Set.of("CN"),
                LocalDate.of(2026, 1, 1),
                null));
    assertEquals(
        1, screen(withChina(Set.of(), Set.of(), "Arctic"), List.of(twice)).matches().size());
  }

  /** The seeded national-security carve-out, as if it were classified SECRET, in either mode. */
  private static CarveOut secretNationalSecurity(CarveOutMode mode) {
    CarveOutDraft d =
        draft(
            "NATIONAL_SECURITY",
            "National security",
            mode,
            Set.of("NATIONAL_SECURITY"),
            Set.of(),
            Set.of("defence"),
            Set.of("CN"),
            LocalDate.of(2026, 1, 1),
            null);
    return CarveOut.declare(
        new CarveOutDraft(
            d.code(),
            d.name(),
            d.rationale(),
            d.policyBasis(),
            d.sectors(),
            d.regions(),
            d.keywords(),
            d.countries(),
            d.effectiveFrom(),
            d.effectiveUntil(),
            d.mode(),
            Classification.SECRET));
  }

  @Test
  void aReaderIsShownTheMatchesOfTheCarveOutsTheyMaySeeAndOnlyThatOthersMatched() {
    ScreeningResult result =
        screen(
            withChina(Set.of("DEFENCE"), Set.of("CA-NU"), "Defence and Arctic"),
            List.of(secretNationalSecurity(CarveOutMode.PROHIBIT), ARCTIC));
    assertEquals(Set.of("ARCTIC", "NATIONAL_SECURITY"), result.carveOutCodes());

    ScreeningResult forUncleared = result.forReader(Classification.PROTECTED_B);
    assertEquals(Verdict.PROHIBITED, forUncleared.verdict());
    assertEquals(Set.of("ARCTIC"), forUncleared.carveOutCodes());
    assertEquals(1, forUncleared.withheld());
    assertTrue(forUncleared.held());

    assertEquals(result, result.forReader(Classification.SECRET));
    assertFalse(result.forReader(Classification.SECRET).held());
  }

  @ParameterizedTest(name = "hidden {0}")
  @EnumSource(CarveOutMode.class)
  void aHiddenProhibitionAndAHiddenReviewReadAlike(CarveOutMode mode) {
    ScreeningResult onlyHidden =
        screen(
                withChina(Set.of("DEFENCE"), Set.of(), "Defence, and defence again"),
                List.of(secretNationalSecurity(mode)))
            .forReader(Classification.PROTECTED_B);
    assertEquals(new ScreeningResult(Verdict.REVIEW, List.of(), 1), onlyHidden);
  }

  @Test
  void howManyHiddenCarveOutsMatchIsNeverTold() {
    CarveOut second =
        CarveOut.declare(
            new CarveOutDraft(
                "SECOND_SECRET",
                "Second",
                "Why",
                "Policy",
                Set.of("DEFENCE"),
                Set.of(),
                Set.of(),
                Set.of(),
                LocalDate.of(2026, 1, 1),
                null,
                CarveOutMode.REVIEW,
                Classification.SECRET));
    ScreeningResult two =
        screen(
                withChina(Set.of("DEFENCE"), Set.of(), null),
                List.of(secretNationalSecurity(CarveOutMode.PROHIBIT), second))
            .forReader(Classification.UNCLASSIFIED);
    assertEquals(new ScreeningResult(Verdict.REVIEW, List.of(), 1), two);
  }
}
