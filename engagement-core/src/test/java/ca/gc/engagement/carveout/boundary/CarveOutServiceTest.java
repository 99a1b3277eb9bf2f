package ca.gc.engagement.carveout.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
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
}
