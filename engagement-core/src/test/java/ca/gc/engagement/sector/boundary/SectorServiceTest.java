package ca.gc.engagement.sector.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.SectorDraft;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's answers outside the server: the sectors a filter by sector takes in, and a sector
 * that is not there to change ("not found") told apart from a sector a change names that is not in
 * the catalogue ("unknown").
 */
class SectorServiceTest {

  private MigratedDatabase db;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T asAdmin(Function<SectorService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(
                        em, HandWiredServices.caller("admin", Classification.SECRET, Role.ADMIN))
                    .get(SectorService.class)));
  }

  @Test
  void aFilterBySectorTakesInTheSectorsWithinIt() {
    assertEquals(Set.of("METALS", "STEEL", "ALUMINIUM"), asAdmin(s -> s.within("METALS")));
    assertEquals(Set.of("STEEL"), asAdmin(s -> s.within("STEEL")));
    assertEquals(Set.of(), asAdmin(s -> s.within(null)));
    assertEquals(Set.of(), asAdmin(s -> s.within(" ")));
    var unknown = assertThrows(UnknownSectorException.class, () -> asAdmin(s -> s.within("GOLD")));
    assertEquals(
        "There is no sector GOLD. Choose a sector from the list, for example AGRI_FOOD.",
        unknown.getMessage());
  }

  @Test
  void aSectorThatIsNotThereIsNotFoundWhileAParentThatIsNotThereIsUnknown() {
    var draft = new SectorDraft("GOLD", "METALS", "Gold", "Or");
    var revising =
        assertThrows(RecordNotFoundException.class, () -> asAdmin(s -> s.revise("GOLD", 0, draft)));
    assertEquals("There is no sector GOLD.", revising.getMessage());
    assertThrows(RecordNotFoundException.class, () -> asAdmin(s -> s.retire("GOLD", 0)));

    asAdmin(s -> s.add(draft));
    var underNothing = new SectorDraft("GOLD", "PRECIOUS_METALS", "Gold", "Or");
    var parent =
        assertThrows(
            UnknownSectorException.class, () -> asAdmin(s -> s.revise("GOLD", 0, underNothing)));
    assertEquals(
        "There is no sector PRECIOUS_METALS. Choose a sector from the list, for example"
            + " AGRI_FOOD.",
        parent.getMessage());
    assertThrows(StaleRecordException.class, () -> asAdmin(s -> s.retire("GOLD", 1)));
    assertEquals(1, asAdmin(s -> s.retire("GOLD", 0)).getVersion());
  }
}
