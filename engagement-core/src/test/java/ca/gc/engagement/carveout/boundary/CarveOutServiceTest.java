package ca.gc.engagement.carveout.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutChangeException;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningAuditEntry;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.TooManyScreeningsException;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The carve-out service's sector check, outside the server: a carve-out, or a proposal screened
 * against them, names only sectors of the catalogue.
 */
class CarveOutServiceTest {

  private static final String UNOBTAINIUM =
      "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.";

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T asAdmin(Function<CarveOutService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(
                        em, HandWiredServices.caller("S. Admin", Classification.SECRET, Role.ADMIN))
                    .get(CarveOutService.class)));
  }

  private static CarveOutDraft fisheries(Set<String> sectors) {
    return new CarveOutDraft(
        "FISHERIES",
        "Fisheries",
        "Access to Canadian fish stocks and fishing grounds is weighed case by case.",
        "Fisheries Act; the department's guidance on fisheries access.",
        sectors,
        Set.of(),
        Set.of(),
        Set.of("CN"),
        LocalDate.of(2026, 1, 1),
        null,
        CarveOutMode.REVIEW,
        Classification.UNCLASSIFIED);
  }

  @Test
  void aSectorTheCatalogueDoesNotHaveIsRefusedOnDeclareReviseAndScreen() {
    var declaring =
        assertThrows(
            UnknownSectorException.class,
            () -> asAdmin(s -> s.declare(fisheries(Set.of("FISHERIES", "UNOBTAINIUM")))));
    assertEquals(UNOBTAINIUM, declaring.getMessage());
    assertEquals(2, asAdmin(s -> s.list(PageRequest.first(20))).total());

    long id = asAdmin(s -> s.declare(fisheries(Set.of("FISHERIES")))).getId();
    var revising =
        assertThrows(
            UnknownSectorException.class,
            () -> asAdmin(s -> s.revise(id, 0, fisheries(Set.of("UNOBTAINIUM")))));
    assertEquals(UNOBTAINIUM, revising.getMessage());
    assertEquals(Set.of("FISHERIES"), asAdmin(s -> s.find(id)).orElseThrow().getSectors());

    var screening =
        assertThrows(
            UnknownSectorException.class,
            () ->
                asAdmin(
                    s ->
                        s.screen(
                            new Proposal(
                                Set.of("CA", "CN"),
                                Set.of("UNOBTAINIUM"),
                                Set.of(),
                                "Mining rights",
                                LocalDate.of(2026, 1, 16)))));
    assertEquals(UNOBTAINIUM, screening.getMessage());
  }

  private static CarveOutDraft telecommunications(Classification classification) {
    return new CarveOutDraft(
        "TELECOMMUNICATIONS_" + classification.name(),
        "Telecommunications networks",
        "Networks that carry the country's communications are not opened to any foreign vendor.",
        "Telecommunications Act; the security review of network equipment.",
        Set.of("TELECOMMUNICATIONS"),
        Set.of(),
        Set.of("5G core"),
        Set.of(),
        LocalDate.of(2027, 1, 1),
        null,
        CarveOutMode.PROHIBIT,
        classification);
  }

  private List<String> codes(CarveOutQuery query) {
    return asAdmin(s -> s.list(query, PageRequest.first(20))).items().stream()
        .map(CarveOut::getCode)
        .toList();
  }

  private static CarveOutQuery query(String q, String country, String sector, String status) {
    return new CarveOutQuery(q, country, sector, status, null, null, null);
  }

  @Test
  void theListFindsCarveOutsByWordsCountrySectorStatusAndFirstDay() {
    long fisheries = asAdmin(s -> s.declare(fisheries(Set.of("FISHERIES")))).getId();
    asAdmin(s -> s.declare(telecommunications(Classification.UNCLASSIFIED)));

    assertEquals(
        List.of("ARCTIC", "FISHERIES", "NATIONAL_SECURITY", "TELECOMMUNICATIONS_UNCLASSIFIED"),
        codes(CarveOutQuery.everything()));
    assertEquals(List.of("NATIONAL_SECURITY"), codes(query("Security", null, null, null)));
    assertEquals(
        List.of("TELECOMMUNICATIONS_UNCLASSIFIED"), codes(query("networks", null, null, null)));
    // One that names no country applies to every country.
    assertEquals(4, codes(query(null, "CN", null, null)).size());
    assertEquals(List.of("TELECOMMUNICATIONS_UNCLASSIFIED"), codes(query(null, "JP", null, null)));
    // A sector takes in the sectors within it.
    assertEquals(
        List.of("NATIONAL_SECURITY", "TELECOMMUNICATIONS_UNCLASSIFIED"),
        codes(query(null, null, "NATIONAL_SECURITY", null)));
    assertEquals(
        List.of("TELECOMMUNICATIONS_UNCLASSIFIED"),
        codes(query(null, null, "TELECOMMUNICATIONS", null)));

    asAdmin(s -> s.retire(fisheries, 0));
    assertEquals(List.of("FISHERIES"), codes(query(null, null, null, "RETIRED")));
    assertEquals(3, codes(query(null, "CN", null, "ACTIVE")).size());
    assertEquals(
        List.of("TELECOMMUNICATIONS_UNCLASSIFIED"),
        codes(new CarveOutQuery(null, null, null, null, LocalDate.of(2026, 6, 1), null, null)));
    assertEquals(
        List.of("ARCTIC", "FISHERIES", "NATIONAL_SECURITY"),
        codes(new CarveOutQuery(null, null, null, null, null, LocalDate.of(2026, 6, 1), null)));
    assertEquals(
        List.of("TELECOMMUNICATIONS_UNCLASSIFIED", "FISHERIES"),
        codes(new CarveOutQuery(null, null, null, null, null, null, "effectiveFrom,desc"))
            .subList(0, 2));
  }

  @Test
  void nobodyListsACarveOutAboveTheirClearance() {
    asAdmin(s -> s.declare(telecommunications(Classification.SECRET)));
    assertEquals(3, asAdmin(s -> s.list(PageRequest.first(20))).total());
    var officer =
        db.inTransaction(
            em ->
                new HandWiredServices(
                        em,
                        HandWiredServices.caller(
                            "officer", Classification.PROTECTED_B, Role.OFFICER))
                    .get(CarveOutService.class)
                    .list(query(null, null, "NATIONAL_SECURITY", null), PageRequest.first(20)));
    assertEquals(1, officer.total());
    assertEquals("NATIONAL_SECURITY", officer.items().get(0).getCode());
  }

  private <T> T as(String name, Classification clearance, Function<CarveOutService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(
                        em, HandWiredServices.caller(name, clearance, Role.VIEWER, Role.ADMIN))
                    .get(CarveOutService.class)));
  }

  /** A SECRET carve-out on the keyword "zephyrium" for France, as the oracle had it. */
  private static CarveOutDraft zephyrium(Classification classification) {
    return new CarveOutDraft(
        "ZEPHYRIUM",
        "Zephyrium",
        "A classified material.",
        "A classified directive.",
        Set.of(),
        Set.of(),
        Set.of("zephyrium"),
        Set.of("FR"),
        LocalDate.of(2026, 1, 1),
        null,
        CarveOutMode.PROHIBIT,
        classification);
  }

  private static Proposal withFrance(String text) {
    return new Proposal(Set.of("CA", "FR"), Set.of(), Set.of(), text, LocalDate.of(2026, 3, 1));
  }

  @Test
  void aQuestionIsAnsweredAsIfNothingAboveTheCallersClearanceExisted() {
    asAdmin(s -> s.declare(zephyrium(Classification.SECRET)));

    ScreeningResult plain =
        as("viewer", Classification.PROTECTED_A, s -> s.screen(withFrance("alpha beta")));
    ScreeningResult probing =
        as("viewer", Classification.PROTECTED_A, s -> s.screen(withFrance("alpha zephyrium")));
    assertEquals(new ScreeningResult(Verdict.CLEAR, List.of(), 0), plain);
    assertEquals(plain, probing);

    ScreeningResult cleared =
        as("S. Admin", Classification.SECRET, s -> s.screen(withFrance("alpha zephyrium")));
    assertEquals(Verdict.PROHIBITED, cleared.verdict());
    assertEquals(Set.of("ZEPHYRIUM"), cleared.carveOutCodes());
  }

  @Test
  void everyQuestionIsOnTheScreeningAuditWithWhoWhenAndTheVerdictShown() {
    Instant before = Instant.now();
    as("viewer", Classification.PROTECTED_A, s -> s.screen(withFrance("alpha")));
    as(
        "officer",
        Classification.PROTECTED_B,
        s ->
            s.screen(
                new Proposal(
                    Set.of("CA", "CN"), Set.of(), Set.of(), "Arctic", LocalDate.of(2026, 3, 1))));

    List<ScreeningAuditEntry> audit =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select s from ScreeningAuditEntry s order by s.id",
                        ScreeningAuditEntry.class)
                    .getResultList());
    assertEquals(
        List.of("viewer", "officer"), audit.stream().map(ScreeningAuditEntry::getAccount).toList());
    assertEquals(
        List.of(Verdict.CLEAR, Verdict.PROHIBITED),
        audit.stream().map(ScreeningAuditEntry::getVerdict).toList());
    assertTrue(audit.stream().allMatch(e -> !e.getAskedAt().isBefore(before.minusSeconds(1))));
  }

  @Test
  void anAccountThatAskedTheMostInAMinuteWaitsAndOthersDoNot() {
    for (int i = 0; i < CarveOutService.SCREENINGS_PER_WINDOW; i++) {
      as("prober", Classification.PROTECTED_A, s -> s.screen(withFrance("alpha")));
    }
    var tooMany =
        assertThrows(
            TooManyScreeningsException.class,
            () -> as("prober", Classification.PROTECTED_A, s -> s.screen(withFrance("beta"))));
    assertTrue(
        tooMany.retryAfterSeconds() >= 1 && tooMany.retryAfterSeconds() <= 60,
        "retry after " + tooMany.retryAfterSeconds());
    assertTrue(
        tooMany.getMessage().startsWith("At most 60 screenings a minute"), tooMany.getMessage());

    assertEquals(
        Verdict.CLEAR,
        as("someone else", Classification.PROTECTED_A, s -> s.screen(withFrance("beta")))
            .verdict());
  }

  @Test
  void aCodeHeldAboveTheDeclarersClearanceIsNotRevealedByRefusingIt() {
    asAdmin(s -> s.declare(zephyrium(Classification.SECRET)));

    CarveOut mine =
        as(
            "B. Admin",
            Classification.PROTECTED_B,
            s -> s.declare(zephyrium(Classification.PROTECTED_B)));
    assertEquals("ZEPHYRIUM", mine.getCode());

    // Where the declarer can see the code, it is taken, as before.
    var taken =
        assertThrows(
            CarveOutChangeException.class,
            () ->
                as(
                    "B. Admin",
                    Classification.PROTECTED_B,
                    s -> s.declare(zephyrium(Classification.UNCLASSIFIED))));
    assertEquals(
        "The code ZEPHYRIUM is already used by a carve-out. Choose another code.",
        taken.getMessage());
    // The cleared reader tells the two apart by classification.
    assertEquals(
        Classification.SECRET,
        asAdmin(s -> s.find("ZEPHYRIUM", Classification.SECRET)).orElseThrow().getClassification());
    assertTrue(
        as("B. Admin", Classification.PROTECTED_B, s -> s.find("ZEPHYRIUM", Classification.SECRET))
            .isEmpty());
  }
}
