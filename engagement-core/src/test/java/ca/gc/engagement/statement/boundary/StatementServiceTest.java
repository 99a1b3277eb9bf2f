package ca.gc.engagement.statement.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Role;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own checks, outside the server: each call runs in a transaction of its own with the
 * clearance filter on, on the real stakeholder, mission and sector services.
 */
class StatementServiceTest {

  private MigratedDatabase db;
  private long ford;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
    ford =
        db.inTransaction(
            em ->
                services(em)
                    .get(StakeholderService.class)
                    .record(ScenarioStakeholders.FORD)
                    .getId());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static HandWiredServices services(jakarta.persistence.EntityManager em) {
    return new HandWiredServices(
        em, HandWiredServices.caller("D. Officer", Classification.PROTECTED_B, Role.OFFICER));
  }

  private <T> T asOfficer(Function<StatementService, T> call) {
    return db.inTransaction(em -> call.apply(services(em).get(StatementService.class)));
  }

  private StatementDraft fordOnAutos(Set<String> sectors) {
    return new StatementDraft(
        ford,
        LocalDate.of(2026, 1, 13),
        Stance.CONCERNED,
        sectors,
        "Very concerned that Canada might drop the policies that protect the auto sector.",
        new SourceDraft("Remarks to reporters, Toronto", null),
        null,
        Classification.UNCLASSIFIED);
  }

  @Test
  void aSectorTheCatalogueDoesNotHaveIsRefusedOnRecordAndRevise() {
    var unknown =
        assertThrows(
            UnknownSectorException.class,
            () -> asOfficer(s -> s.record(fordOnAutos(Set.of("AUTOMOTIVE", "UNOBTAINIUM")))));
    assertEquals(
        "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.",
        unknown.getMessage());
    assertEquals(0, asOfficer(s -> s.list(PageRequest.first(20))).total());

    long id = asOfficer(s -> s.record(fordOnAutos(Set.of("AUTOMOTIVE")))).getId();
    var revising =
        assertThrows(
            UnknownSectorException.class,
            () -> asOfficer(s -> s.revise(id, 0, fordOnAutos(Set.of("UNOBTAINIUM", "VIBRANIUM")))));
    assertEquals(
        "There are no sectors UNOBTAINIUM, VIBRANIUM. Choose sectors from the list, for example"
            + " AGRI_FOOD.",
        revising.getMessage());
    Statement unchanged = asOfficer(s -> s.find(id)).orElseThrow();
    assertEquals(Set.of("AUTOMOTIVE"), unchanged.getSectors());
    assertEquals(0, unchanged.getVersion());
  }
}
