package ca.gc.engagement.trademeasure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.demo.control.TradeMeasureScenario;
import ca.gc.engagement.schema.control.MigratedDatabase;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The TradeMeasure mapping against the schema the migrations build: whole measures of the scenario,
 * product lines, sectors and rate history included, stored, read back and audited.
 */
class TradeMeasureMappingTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long store(TradeMeasureDraft draft, TradeMeasureStatus... moves) {
    return db.inTransaction(
        em -> {
          TradeMeasure measure = TradeMeasure.record(draft);
          for (TradeMeasureStatus move : moves) {
            measure.moveTo(move);
          }
          em.persist(measure);
          return measure.getId();
        });
  }

  private TradeMeasure read(long id) {
    return db.inTransaction(em -> em.find(TradeMeasure.class, id));
  }

  private static String shown(Optional<BigDecimal> rate) {
    return rate.map(r -> r.stripTrailingZeros().toPlainString()).orElse("none");
  }

  @Test
  void theElectricVehicleSurtaxIsStoredAndReadBackWhole() {
    // The scenario cites no address; an online notice's is kept as given (a documentation domain).
    var d = TradeMeasureScenario.electricVehicles();
    var online =
        new TradeMeasureDraft(
            d.title(),
            d.imposingCountry(),
            d.targetCountry(),
            d.type(),
            d.productLines(),
            d.sectors(),
            new SourceDraft(d.source().publication(), "https://www.example.com/gazette"),
            null,
            null,
            d.inForceFrom(),
            null,
            d.rates(),
            d.classification());
    long id = store(online, TradeMeasureStatus.IN_FORCE);

    TradeMeasure ev = read(id);

    assertEquals("Surtax on electric vehicles from China", ev.getTitle());
    assertEquals(CountryCode.of("CA"), ev.getImposingCountry());
    assertEquals(CountryCode.of("CN"), ev.getTargetCountry());
    assertEquals(TradeMeasureType.SURTAX, ev.getType());
    assertEquals(
        List.of(
            new ProductLine("Electric vehicles", HsCode.of("8703.80")),
            new ProductLine("Hybrid vehicles", HsCode.of("8703.40-8703.70")),
            new ProductLine(
                "Electric and hybrid buses, passenger vehicles and trucks",
                HsCode.of("87.02-87.04"))),
        ev.getProductLines());
    assertEquals(Set.of("ELECTRIC_VEHICLES"), ev.getSectors());
    assertEquals(
        "Canada Gazette, Part II: surtax order on goods from China (2024)",
        ev.getSource().getPublication());
    assertEquals("https://www.example.com/gazette", ev.getSource().getAddress());
    assertNull(ev.getRetaliatesAgainstId());
    assertNull(ev.getExemptsFromId());
    assertEquals(LocalDate.of(2024, 10, 1), ev.getInForceFrom());
    assertNull(ev.getInForceUntil());
    assertEquals(TradeMeasureStatus.IN_FORCE, ev.getStatus());
    assertTrue(ev.hasTakenEffect());
    assertEquals("100", shown(ev.rateOn(LocalDate.of(2026, 1, 15))));
    assertEquals(0, ev.getVersion());
  }

  @Test
  void theWholeDisputeFitsAndEachMeasureAnswersForAnyDay() {
    long ev = store(TradeMeasureScenario.electricVehicles(), TradeMeasureStatus.IN_FORCE);
    long steel = store(TradeMeasureScenario.steel(), TradeMeasureStatus.IN_FORCE);
    long aluminium = store(TradeMeasureScenario.aluminium(), TradeMeasureStatus.IN_FORCE);
    long canola = store(TradeMeasureScenario.canolaOilMealAndPeas(ev), TradeMeasureStatus.IN_FORCE);
    long pork = store(TradeMeasureScenario.pork(ev), TradeMeasureStatus.IN_FORCE);
    long seafood = store(TradeMeasureScenario.seafood(ev), TradeMeasureStatus.IN_FORCE);
    long canolaSeed = store(TradeMeasureScenario.canolaSeed(), TradeMeasureStatus.IN_FORCE);
    long mealAndPeas = store(TradeMeasureScenario.canolaMealAndPeasExemption(canola));
    long lobsterAndCrab = store(TradeMeasureScenario.lobsterAndCrabExemption(seafood));

    LocalDate visit = LocalDate.of(2026, 1, 15);
    Function<Long, String> rateDuringTheVisit = id -> shown(read(id).rateOn(visit));
    assertEquals("100", rateDuringTheVisit.apply(ev));
    assertEquals("25", rateDuringTheVisit.apply(steel));
    assertEquals("25", rateDuringTheVisit.apply(aluminium));
    assertEquals("100", rateDuringTheVisit.apply(canola));
    assertEquals("25", rateDuringTheVisit.apply(pork));
    assertEquals("25", rateDuringTheVisit.apply(seafood));
    assertEquals("75.8", rateDuringTheVisit.apply(canolaSeed));
    assertEquals("none", rateDuringTheVisit.apply(mealAndPeas));

    TradeMeasure seed = read(canolaSeed);
    assertEquals("75.8", shown(seed.rateOn(LocalDate.of(2026, 2, 28))));
    assertEquals("15", shown(seed.rateOn(LocalDate.of(2026, 3, 1))));
    assertEquals(
        "Expected under the preliminary arrangement of 16 January 2026",
        seed.getRates().get(1).getNote());
    assertNull(seed.getSource().getAddress());

    assertEquals(ev, read(canola).getRetaliatesAgainstId());
    TradeMeasure exemption = read(lobsterAndCrab);
    assertEquals(seafood, exemption.getExemptsFromId());
    assertEquals(LocalDate.of(2026, 12, 31), exemption.getInForceUntil());
    assertEquals(TradeMeasureStatus.PROPOSED, exemption.getStatus());
    assertEquals(4, exemption.getProductLines().size());
    assertEquals(
        List.of(HsCode.of("03"), HsCode.of("16.05")),
        read(seafood).getProductLines().stream().map(ProductLine::getHsCode).toList());
  }

  @Test
  void aRecordedRateIsAddedAndAnOlderOneCorrectedAwayIsGoneButAudited() {
    long id = store(TradeMeasureScenario.canolaSeed(), TradeMeasureStatus.IN_FORCE);

    db.runInTransaction(
        em ->
            em.find(TradeMeasure.class, id)
                .recordRate(
                    new RateChangeDraft(
                        LocalDate.of(2027, 1, 1), new BigDecimal("0"), "Duty removed")));
    TradeMeasure threeRates = read(id);
    assertEquals(3, threeRates.getRates().size());
    assertEquals(1, threeRates.getVersion());
    assertEquals("0", shown(threeRates.rateOn(LocalDate.of(2027, 1, 1))));

    // The preliminary ruling's rate has a note, the expected cut has one too; keep only the
    // ruling and a cut without a note, as a correction would.
    var d = TradeMeasureScenario.canolaSeed();
    var corrected =
        new TradeMeasureDraft(
            d.title(),
            d.imposingCountry(),
            d.targetCountry(),
            d.type(),
            d.productLines(),
            Set.of("AGRI_FOOD", "CANOLA"),
            d.source(),
            null,
            null,
            d.inForceFrom(),
            null,
            List.of(
                d.rates().get(0),
                new RateChangeDraft(LocalDate.of(2026, 3, 1), new BigDecimal("15"), null)),
            d.classification());
    db.runInTransaction(em -> em.find(TradeMeasure.class, id).revise(corrected));

    TradeMeasure revised = read(id);
    assertEquals(2, revised.getRates().size());
    assertNull(revised.getRates().get(1).getNote());
    assertEquals(Set.of("AGRI_FOOD", "CANOLA"), revised.getSectors());
    assertEquals("15", shown(revised.rateOn(LocalDate.of(2027, 1, 1))));

    List<Number> revisions =
        db.inTransaction(em -> AuditReaderFactory.get(em).getRevisions(TradeMeasure.class, id));
    assertEquals(3, revisions.size());
    TradeMeasure asRecordedSecond =
        db.inTransaction(
            em -> {
              TradeMeasure then =
                  AuditReaderFactory.get(em).find(TradeMeasure.class, id, revisions.get(1));
              then.getRates().size();
              return then;
            });
    assertEquals(3, asRecordedSecond.getRates().size());

    // A rate without a note is removed as well as one with a note.
    var rulingOnly =
        new TradeMeasureDraft(
            d.title(),
            d.imposingCountry(),
            d.targetCountry(),
            d.type(),
            d.productLines(),
            d.sectors(),
            d.source(),
            null,
            null,
            d.inForceFrom(),
            null,
            List.of(d.rates().get(0)),
            d.classification());
    db.runInTransaction(em -> em.find(TradeMeasure.class, id).revise(rulingOnly));
    assertEquals("75.8", shown(read(id).rateOn(LocalDate.of(2027, 1, 1))));
    assertEquals(1, read(id).getRates().size());
  }

  @Test
  void theDatabaseItselfRefusesAMeasureOnTheImposingCountry() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em ->
                    em.createNativeQuery(
                            "insert into trade_measure (id, version, title, imposing_country,"
                                + " target_country, measure_type, source_publication,"
                                + " in_force_from) values (999, 0, 't', 'CA', 'CA', 'TARIFF',"
                                + " 'p', date '2026-01-01')")
                        .executeUpdate()));
  }

  @Test
  void theDatabaseItselfRefusesAnExemptionThatNamesNoMeasure() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.runInTransaction(
                em ->
                    em.createNativeQuery(
                            "insert into trade_measure (id, version, title, imposing_country,"
                                + " target_country, measure_type, source_publication,"
                                + " in_force_from) values (999, 0, 't', 'CN', 'CA', 'EXEMPTION',"
                                + " 'p', date '2026-03-01')")
                        .executeUpdate()));
  }
}
