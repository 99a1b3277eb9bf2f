package ca.gc.engagement.trademeasure.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.demo.control.TradeMeasureScenario;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.CountryPairCount;
import ca.gc.engagement.trademeasure.entity.ProductLineDraft;
import ca.gc.engagement.trademeasure.entity.RateChangeDraft;
import ca.gc.engagement.trademeasure.entity.SourceDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own work, outside the server: the links it checks against the measures a caller may
 * see, and the queries of the briefing book. The container's part (roles, parameter validation,
 * transactions) is played here by hand: each call runs in a transaction of its own with the
 * clearance filter on, as the ClearanceFilter interceptor would switch it on.
 */
class TradeMeasureServiceTest {

  private static final LocalDate VISIT = LocalDate.of(2026, 1, 15);
  private static final CountryCode CA = CountryCode.of("CA");
  private static final CountryCode CN = CountryCode.of("CN");

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** Runs one service call as a caller of that clearance would. */
  private <T> T as(Classification clearance, Function<TradeMeasureService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(em, HandWiredServices.caller("officer", clearance))
                    .get(TradeMeasureService.class)));
  }

  private <T> T asOfficer(Function<TradeMeasureService, T> call) {
    return as(Classification.PROTECTED_B, call);
  }

  private long record(TradeMeasureDraft draft, TradeMeasureStatus... moves) {
    long id = asOfficer(s -> s.record(draft)).getId();
    for (TradeMeasureStatus move : moves) {
      asOfficer(s -> s.moveTo(id, s.find(id).orElseThrow().getVersion(), move));
    }
    return id;
  }

  private record Dispute(long ev, long canola, long seafood, long mealAndPeas, long lobster) {}

  private Dispute theDispute() {
    long ev = record(TradeMeasureScenario.electricVehicles(), TradeMeasureStatus.IN_FORCE);
    record(TradeMeasureScenario.steel(), TradeMeasureStatus.IN_FORCE);
    record(TradeMeasureScenario.aluminium(), TradeMeasureStatus.IN_FORCE);
    long canola =
        record(TradeMeasureScenario.canolaOilMealAndPeas(ev), TradeMeasureStatus.IN_FORCE);
    record(TradeMeasureScenario.pork(ev), TradeMeasureStatus.IN_FORCE);
    long seafood = record(TradeMeasureScenario.seafood(ev), TradeMeasureStatus.IN_FORCE);
    record(TradeMeasureScenario.canolaSeed(), TradeMeasureStatus.IN_FORCE);
    long mealAndPeas = record(TradeMeasureScenario.canolaMealAndPeasExemption(canola));
    long lobster = record(TradeMeasureScenario.lobsterAndCrabExemption(seafood));
    return new Dispute(ev, canola, seafood, mealAndPeas, lobster);
  }

  private static List<String> titles(List<TradeMeasure> measures) {
    return measures.stream().map(TradeMeasure::getTitle).toList();
  }

  @Test
  void theBriefingBookListsWhatEitherCountryAppliedOnADay() {
    Dispute dispute = theDispute();

    List<String> canadaFirst =
        List.of(
            "Surtax on electric vehicles from China",
            "Surtax on steel products from China",
            "Surtax on aluminium products from China",
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork",
            "Tariff on Canadian fish and seafood",
            "Anti-dumping deposit on Canadian canola seed");
    assertEquals(canadaFirst, titles(asOfficer(s -> s.inForceBetween(CA, CN, VISIT))));
    assertEquals(
        List.of(
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork",
            "Tariff on Canadian fish and seafood",
            "Anti-dumping deposit on Canadian canola seed",
            "Surtax on electric vehicles from China",
            "Surtax on steel products from China",
            "Surtax on aluminium products from China"),
        titles(asOfficer(s -> s.inForceBetween(CN, CA, VISIT))));
    assertEquals(
        List.of("Surtax on electric vehicles from China"),
        titles(asOfficer(s -> s.inForceBetween(CA, CN, LocalDate.of(2024, 10, 21)))));
    assertEquals(List.of(), asOfficer(s -> s.inForceBetween(CA, CountryCode.of("US"), VISIT)));

    // The exemptions apply once they enter into force, over their own period.
    for (long exemption : List.of(dispute.mealAndPeas(), dispute.lobster())) {
      asOfficer(s -> s.moveTo(exemption, 0, TradeMeasureStatus.IN_FORCE));
    }
    assertEquals(9, asOfficer(s -> s.inForceBetween(CA, CN, LocalDate.of(2026, 3, 1))).size());
    assertEquals(7, asOfficer(s -> s.inForceBetween(CA, CN, LocalDate.of(2027, 1, 1))).size());
  }

  @Test
  void aBriefingBookListsTheLatestMeasuresInItsOrderAndCountsThemAll() {
    theDispute();
    List<TradeMeasure> all = asOfficer(s -> s.inForceBetween(CA, CN, VISIT, VISIT));
    Page<TradeMeasure> three = asOfficer(s -> s.latestInForceBetween(CA, CN, VISIT, VISIT, 3));

    assertEquals(7, three.total());
    List<TradeMeasure> newestFirst =
        all.stream()
            .sorted(
                Comparator.comparing(TradeMeasure::getInForceFrom)
                    .thenComparing(TradeMeasure::getId)
                    .reversed())
            .toList();
    Set<String> latest = Set.copyOf(titles(newestFirst.subList(0, 3)));
    assertEquals(
        titles(all).stream().filter(latest::contains).toList(),
        titles(three.items()),
        "the three that came into force last, Canada's first, each side by first day");
    assertEquals(
        titles(all),
        titles(asOfficer(s -> s.latestInForceBetween(CA, CN, VISIT, VISIT, 50)).items()));
  }

  @Test
  void overAPeriodTheBriefingBookListsWhatAppliedOnAnyDayOfIt() {
    theDispute();

    assertEquals(
        List.of("Surtax on electric vehicles from China"),
        titles(
            asOfficer(
                s ->
                    s.inForceBetween(
                        CA, CN, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 21)))));
    assertEquals(
        List.of(
            "Surtax on electric vehicles from China",
            "Surtax on steel products from China",
            "Surtax on aluminium products from China"),
        titles(
            asOfficer(
                s ->
                    s.inForceBetween(
                        CA, CN, LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 22)))));
    assertEquals(
        List.of(),
        asOfficer(
            s -> s.inForceBetween(CA, CN, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30))));
    // A measure whose last day comes before the period did not apply during it.
    record(
        new TradeMeasureDraft(
            "Surtax on Chinese barley, lifted",
            "CA",
            "CN",
            TradeMeasureType.SURTAX,
            List.of(new ProductLineDraft("Barley", "1003.90")),
            Set.of("AGRI_FOOD"),
            new SourceDraft("Canada Gazette", null),
            null,
            null,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 1, 12),
            TradeMeasureScenario.rate(LocalDate.of(2025, 1, 1), "10"),
            Classification.UNCLASSIFIED),
        TradeMeasureStatus.IN_FORCE);
    assertEquals(
        7,
        asOfficer(
                s -> s.inForceBetween(CA, CN, LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 17)))
            .size());
    assertEquals(
        8,
        asOfficer(
                s -> s.inForceBetween(CA, CN, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 17)))
            .size());
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSize() {
    theDispute();
    var statistics =
        db.entityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
    statistics.clear();
    var one = asOfficer(s -> s.list(PageRequest.first(1)));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    var nine = asOfficer(s -> s.list(PageRequest.first(20)));
    long forNine = statistics.getPrepareStatementCount();
    assertEquals(1, one.items().size());
    assertEquals(9, nine.items().size());
    assertEquals(9, nine.total());
    assertEquals(forOne, forNine);
    assertEquals(
        List.of(
            "Exemption of lobster and crab from the retaliatory tariff",
            "Exemption of canola meal and peas from the retaliatory tariff"),
        titles(nine.items().subList(0, 2)));
    assertEquals(4, nine.items().get(0).getProductLines().size());
  }

  @Test
  void theRetaliationsAndExemptionsOfAMeasureAreListed() {
    Dispute dispute = theDispute();
    assertEquals(
        List.of(
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork",
            "Tariff on Canadian fish and seafood"),
        titles(asOfficer(s -> s.retaliationsAgainst(dispute.ev()))));
    assertEquals(
        List.of("Exemption of canola meal and peas from the retaliatory tariff"),
        titles(asOfficer(s -> s.exemptionsFrom(dispute.canola()))));
    assertEquals(List.of(), asOfficer(s -> s.retaliationsAgainst(dispute.canola())));
    var unknown =
        assertThrows(
            RecordNotFoundException.class, () -> asOfficer(s -> s.retaliationsAgainst(999)));
    assertEquals("There is no trade measure 999.", unknown.getMessage());
  }

  @Test
  void aRetaliationImposedTheWrongWayIsRefusedWithTheReason() {
    long ev = record(TradeMeasureScenario.electricVehicles(), TradeMeasureStatus.IN_FORCE);
    var d = TradeMeasureScenario.canolaOilMealAndPeas(ev);
    var wrongWay =
        new TradeMeasureDraft(
            "Canadian surtax answering our own surtax",
            "CA",
            "CN",
            d.type(),
            d.productLines(),
            d.sectors(),
            d.source(),
            ev,
            null,
            d.inForceFrom(),
            null,
            d.rates(),
            d.classification());
    var refusal =
        assertThrows(RuleViolationException.class, () -> asOfficer(s -> s.record(wrongWay)));
    assertEquals(
        "“Surtax on electric vehicles from China” is imposed by Canada on China: a retaliation"
            + " against it is imposed by China on Canada.",
        refusal.getMessage());
    assertEquals("retaliatesAgainstId", refusal.field());
    assertEquals(1, asOfficer(s -> s.list(PageRequest.first(20))).total());
  }

  @Test
  void aMeasureAboveTheCallersClearanceCannotBeAnsweredNorIsItListed() {
    var ev = TradeMeasureScenario.electricVehicles();
    var secret =
        new TradeMeasureDraft(
            ev.title(),
            ev.imposingCountry(),
            ev.targetCountry(),
            ev.type(),
            ev.productLines(),
            ev.sectors(),
            ev.source(),
            null,
            null,
            ev.inForceFrom(),
            null,
            ev.rates(),
            Classification.SECRET);
    long id = as(Classification.SECRET, s -> s.record(secret)).getId();
    as(Classification.SECRET, s -> s.moveTo(id, 0, TradeMeasureStatus.IN_FORCE));

    var refusal =
        assertThrows(
            RuleViolationException.class,
            () -> asOfficer(s -> s.record(TradeMeasureScenario.pork(id))));
    assertEquals("There is no trade measure " + id + ".", refusal.getMessage());
    assertEquals("retaliatesAgainstId", refusal.field());
    var missing =
        assertThrows(
            RuleViolationException.class,
            () -> asOfficer(s -> s.record(TradeMeasureScenario.pork(id + 1000))));
    assertEquals("There is no trade measure " + (id + 1000) + ".", missing.getMessage());

    assertEquals(List.of(), asOfficer(s -> s.inForceBetween(CA, CN, VISIT)));
    assertEquals(0, asOfficer(s -> s.list(PageRequest.first(20))).total());
    assertEquals(1, as(Classification.SECRET, s -> s.inForceBetween(CA, CN, VISIT)).size());
  }

  @Test
  void aMeasureDoesNotAnswerOrExemptFromItself() {
    long pork =
        record(
            TradeMeasureScenario.pork(
                record(TradeMeasureScenario.electricVehicles(), TradeMeasureStatus.IN_FORCE)));
    var p = TradeMeasureScenario.pork(pork);
    var refusal =
        assertThrows(RuleViolationException.class, () -> asOfficer(s -> s.revise(pork, 0, p)));
    assertEquals("A measure cannot retaliate against itself.", refusal.getMessage());
  }

  @Test
  void anExemptionFromAnotherCountrysMeasureIsRefused() {
    long steel = record(TradeMeasureScenario.steel(), TradeMeasureStatus.IN_FORCE);
    var refusal =
        assertThrows(
            RuleViolationException.class,
            () -> asOfficer(s -> s.record(TradeMeasureScenario.canolaMealAndPeasExemption(steel))));
    assertEquals(
        "“Surtax on steel products from China” is imposed by Canada on China: an exemption from it"
            + " is also imposed by Canada on China.",
        refusal.getMessage());
  }

  @Test
  void aRateChangeIsRecordedOnTheVersionReadAndKeptInTheHistory() {
    long id = record(TradeMeasureScenario.canolaSeed(), TradeMeasureStatus.IN_FORCE);
    var cut = new RateChangeDraft(LocalDate.of(2027, 1, 1), BigDecimal.ZERO, null);

    var stale =
        assertThrows(StaleRecordException.class, () -> asOfficer(s -> s.recordRate(id, 0, cut)));
    assertEquals(
        "This trade measure was changed by someone else after you opened it. Reload it to see"
            + " their change, then make yours again.",
        stale.getMessage());

    asOfficer(s -> s.recordRate(id, 1, cut));
    List<RevisionEntry> history = asOfficer(s -> s.history(id));
    assertEquals(
        List.of(Change.CREATED, Change.CHANGED, Change.CHANGED),
        history.stream().map(RevisionEntry::change).toList());
    assertEquals(List.of("status", "tookEffect"), history.get(1).fields());
    assertEquals(List.of("rates"), history.get(2).fields());
  }

  private static TradeMeasureDraft inSectors(TradeMeasureDraft d, Set<String> sectors) {
    return new TradeMeasureDraft(
        d.title(),
        d.imposingCountry(),
        d.targetCountry(),
        d.type(),
        d.productLines(),
        sectors,
        d.source(),
        d.retaliatesAgainstId(),
        d.exemptsFromId(),
        d.inForceFrom(),
        d.inForceUntil(),
        d.rates(),
        d.classification());
  }

  @Test
  void aSectorTheCatalogueDoesNotHaveIsRefusedOnRecordAndRevise() {
    var ev = TradeMeasureScenario.electricVehicles();
    var unknown =
        assertThrows(
            UnknownSectorException.class,
            () -> asOfficer(s -> s.record(inSectors(ev, Set.of("AUTOMOTIVE", "UNOBTAINIUM")))));
    assertEquals(
        "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.",
        unknown.getMessage());
    assertEquals(0, asOfficer(s -> s.list(PageRequest.first(20))).total());

    long id = asOfficer(s -> s.record(ev)).getId();
    var revising =
        assertThrows(
            UnknownSectorException.class,
            () -> asOfficer(s -> s.revise(id, 0, inSectors(ev, Set.of("UNOBTAINIUM")))));
    assertEquals(
        "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.",
        revising.getMessage());
    TradeMeasure unchanged = asOfficer(s -> s.find(id)).orElseThrow();
    assertEquals(ev.sectors(), unchanged.getSectors());
    assertEquals(0, unchanged.getVersion());
  }

  private static TradeMeasureDraft between(TradeMeasureDraft d, String imposing, String target) {
    return new TradeMeasureDraft(
        "Safeguard on steel from " + target + " by " + imposing,
        imposing,
        target,
        TradeMeasureType.SAFEGUARD,
        d.productLines(),
        d.sectors(),
        d.source(),
        null,
        null,
        d.inForceFrom(),
        d.inForceUntil(),
        d.rates(),
        d.classification());
  }

  private List<String> listed(TradeMeasureQuery query) {
    return titles(asOfficer(s -> s.list(query, PageRequest.first(20))).items());
  }

  private static TradeMeasureQuery query(
      String q, String country, String sector, String status, LocalDate from, LocalDate to) {
    return new TradeMeasureQuery(q, country, sector, status, from, to, null);
  }

  @Test
  void theListFindsMeasuresByTitleCountrySectorStatusAndFirstDayInForce() {
    theDispute();
    record(between(TradeMeasureScenario.steel(), "US", "CN"));

    assertEquals(
        List.of(
            "Exemption of canola meal and peas from the retaliatory tariff",
            "Anti-dumping deposit on Canadian canola seed",
            "Tariff on Canadian canola oil, canola meal and peas"),
        listed(query("CANOLA", null, null, null, null, null)));
    assertEquals(
        List.of("Safeguard on steel from CN by US"),
        listed(query(null, "US", null, null, null, null)));
    assertEquals(9, listed(query(null, "CA", null, null, null, null)).size());
    assertEquals(10, listed(query(null, "CN", null, null, null, null)).size());
    assertEquals(List.of(), listed(query(null, "JP", null, null, null, null)));

    // A sector takes in the sectors within it: AGRI_FOOD holds CANOLA, PULSES and PORK.
    assertEquals(
        List.of(
            "Exemption of canola meal and peas from the retaliatory tariff",
            "Anti-dumping deposit on Canadian canola seed",
            "Tariff on Canadian pork",
            "Tariff on Canadian canola oil, canola meal and peas"),
        listed(query(null, null, "AGRI_FOOD", null, null, null)));
    // On the same first day, the latest recorded first.
    assertEquals(
        List.of(
            "Safeguard on steel from CN by US",
            "Surtax on aluminium products from China",
            "Surtax on steel products from China"),
        listed(query(null, null, "METALS", null, null, null)));
    assertEquals(
        List.of("Safeguard on steel from CN by US", "Surtax on steel products from China"),
        listed(query(null, null, "STEEL", null, null, null)));

    assertEquals(
        List.of(
            "Exemption of lobster and crab from the retaliatory tariff",
            "Exemption of canola meal and peas from the retaliatory tariff",
            "Safeguard on steel from CN by US"),
        listed(query(null, null, null, "PROPOSED", null, null)));
    assertEquals(
        List.of(
            "Anti-dumping deposit on Canadian canola seed",
            "Tariff on Canadian fish and seafood",
            "Tariff on Canadian pork",
            "Tariff on Canadian canola oil, canola meal and peas"),
        listed(
            query(null, null, null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
    assertEquals(
        List.of("Tariff on Canadian pork"),
        listed(
            query(
                "pork",
                "CN",
                "AGRI_FOOD",
                "IN_FORCE",
                TradeMeasureScenario.MAR_20_2025,
                TradeMeasureScenario.MAR_20_2025)));
  }

  @Test
  void theListIsOrderedAsAsked() {
    theDispute();
    assertEquals(
        List.of(
            "Anti-dumping deposit on Canadian canola seed",
            "Exemption of canola meal and peas from the retaliatory tariff",
            "Exemption of lobster and crab from the retaliatory tariff"),
        titles(
            asOfficer(
                    s ->
                        s.list(
                            new TradeMeasureQuery(null, null, null, null, null, null, "title"),
                            PageRequest.first(3)))
                .items()));
    assertEquals(
        "Surtax on electric vehicles from China",
        titles(
                asOfficer(
                        s ->
                            s.list(
                                new TradeMeasureQuery(
                                    null, null, null, null, null, null, "inForceFrom,asc"),
                                PageRequest.first(1)))
                    .items())
            .get(0));
  }

  @Test
  void aSectorTheCatalogueDoesNotHaveIsRefusedInTheList() {
    var unknown =
        assertThrows(
            UnknownSectorException.class,
            () -> listed(query(null, null, "UNOBTAINIUM", null, null, null)));
    assertEquals(
        "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.",
        unknown.getMessage());
  }

  @Test
  void aFilteredPageCostsTheSameStatementsWhateverItsSize() {
    theDispute();
    var statistics =
        db.entityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
    var query = query(null, "CA", "AGRI_FOOD", null, null, null);
    statistics.clear();
    var one = asOfficer(s -> s.list(query, PageRequest.first(1)));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    var all = asOfficer(s -> s.list(query, PageRequest.first(200)));
    long forAll = statistics.getPrepareStatementCount();
    assertEquals(1, one.items().size());
    assertEquals(4, all.items().size());
    assertEquals(4, all.total());
    assertEquals(forOne, forAll);
  }

  @Test
  void theDashboardCountsTheMeasuresInForceByCountryPairWithinTheCallersClearance() {
    Dispute dispute = theDispute();
    assertEquals(
        List.of(new CountryPairCount(CN, CA, 4), new CountryPairCount(CA, CN, 3)),
        asOfficer(s -> s.inForceByCountryPair(VISIT)));

    asOfficer(s -> s.moveTo(dispute.seafood(), 1, TradeMeasureStatus.SUSPENDED));
    var seed = TradeMeasureScenario.canolaSeed();
    var secret =
        new TradeMeasureDraft(
            "Safeguard on Canadian barley",
            seed.imposingCountry(),
            seed.targetCountry(),
            TradeMeasureType.SAFEGUARD,
            seed.productLines(),
            seed.sectors(),
            seed.source(),
            null,
            null,
            seed.inForceFrom(),
            null,
            List.of(),
            Classification.SECRET);
    long hidden = as(Classification.SECRET, s -> s.record(secret)).getId();
    as(Classification.SECRET, s -> s.moveTo(hidden, 0, TradeMeasureStatus.IN_FORCE));

    assertEquals(
        List.of(new CountryPairCount(CA, CN, 3), new CountryPairCount(CN, CA, 3)),
        asOfficer(s -> s.inForceByCountryPair(VISIT)),
        "the suspended tariff is not in force; the SECRET safeguard is not counted");
    assertEquals(
        List.of(new CountryPairCount(CN, CA, 4), new CountryPairCount(CA, CN, 3)),
        as(Classification.SECRET, s -> s.inForceByCountryPair(VISIT)));
    assertEquals(
        List.of(new CountryPairCount(CA, CN, 1)),
        asOfficer(s -> s.inForceByCountryPair(LocalDate.of(2024, 10, 1))));
  }
}
