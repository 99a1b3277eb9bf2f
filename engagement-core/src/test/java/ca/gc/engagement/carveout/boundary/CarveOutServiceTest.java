package ca.gc.engagement.carveout.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import java.time.LocalDate;
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
}
