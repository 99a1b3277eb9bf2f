package ca.gc.engagement.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.boundary.SchemaMigration;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The mission service inside the server: EJB, JPA, Flyway's schema, the demo dataset. */
@ExtendWith(ArquillianExtension.class)
class MissionServiceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(MissionServiceIT.class);
  }

  @EJB MissionService missions;

  @EJB SchemaMigration schema;

  @Test
  void theMigrationsRanAtDeployment() {
    assertEquals("1", schema.version().orElseThrow());
  }

  @Test
  void aPlannedMissionIsStoredAndFoundAgain() {
    String title = "Trade mission to Singapore " + UUID.randomUUID();
    Mission planned =
        plan(
            new MissionDraft(
                title,
                "SG",
                "Singapore",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 4),
                "Minister of International Trade"));

    Mission found = SignedIn.as("viewer", () -> missions.find(planned.getId())).orElseThrow();
    assertEquals(title, found.getTitle());
    assertEquals("SG", found.getCounterpartCountry().value());
    assertEquals(3, found.days());
  }

  @Test
  void theDemoDatasetHoldsTheBeijingMission() {
    var all = SignedIn.as("viewer", () -> missions.list(new PageRequest(0, PageRequest.MAX_SIZE)));
    assertTrue(
        all.items().stream()
            .anyMatch(
                m ->
                    m.getTitle().equals("Prime Minister's visit to the People's Republic of China")
                        && m.getCounterpartCountry().value().equals("CN")
                        && m.getStartDate().equals(LocalDate.of(2026, 1, 13))),
        "the scenario mission is on file");
  }

  @Test
  void anInvalidDraftIsRefusedFieldByFieldAndNothingIsStored() {
    long before = total();
    var refused =
        assertThrows(
            ConstraintViolationException.class,
            () ->
                plan(
                    new MissionDraft(
                        "",
                        "XX",
                        "Ottawa",
                        LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 5, 1),
                        "Minister")));
    Map<String, String> byField = new TreeMap<>();
    refused
        .getConstraintViolations()
        .forEach(
            v -> {
              String path = v.getPropertyPath().toString();
              byField.put(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
            });
    assertEquals(
        Map.of(
            "title", "Give the mission a title.",
            "counterpartCountry",
                "Choose a country by its two-letter ISO code (for example CA or CN).",
            "endDate", "The mission cannot end before it starts."),
        byField);
    assertEquals(before, total());
  }

  @Test
  void aPageIsBoundedAndCountsTheWhole() {
    for (int i = 0; i < 3; i++) {
      plan(
          new MissionDraft(
              "Paging check " + i,
              "FR",
              "Paris",
              LocalDate.of(2026, 6, 1),
              LocalDate.of(2026, 6, 2),
              "Deputy Minister"));
    }
    var page = SignedIn.as("viewer", () -> missions.list(new PageRequest(0, 2)));
    assertEquals(2, page.items().size());
    assertTrue(page.total() >= 4, "total counts every mission, not the page");
    assertThrows(
        ConstraintViolationException.class,
        () -> SignedIn.as("viewer", () -> missions.list(new PageRequest(0, 201))));
  }

  @Test
  void aViewerMayReadButNotPlan() {
    assertTrue(SignedIn.as("viewer", () -> missions.list(PageRequest.first(1))).total() >= 1);
    var draft =
        new MissionDraft(
            "Not for a viewer",
            "CN",
            "Beijing",
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 1, 14),
            "Minister");
    assertThrows(EJBAccessException.class, () -> SignedIn.as("viewer", () -> missions.plan(draft)));
  }

  @Test
  void nobodyReadsWithoutSigningIn() {
    assertThrows(EJBAccessException.class, () -> missions.list(PageRequest.first(1)));
  }

  @Test
  void aWrongPasswordIsNoSignIn() {
    assertThrows(
        SecurityException.class,
        () -> SignedIn.as("officer", "guess", () -> missions.list(PageRequest.first(1))));
  }

  /** Plans as an officer: the role that records missions. */
  private Mission plan(MissionDraft draft) {
    return SignedIn.as("officer", () -> missions.plan(draft));
  }

  private long total() {
    return SignedIn.as("viewer", () -> missions.list(PageRequest.first(1))).total();
  }
}
