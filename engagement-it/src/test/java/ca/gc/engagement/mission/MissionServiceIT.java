package ca.gc.engagement.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.schema.boundary.SchemaMigration;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
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
    assertTrue(schema.version().isPresent(), "a schema version");
    assertTrue(schema.isComplete(), "no migration left pending");
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
                "Minister of International Trade",
                null,
                Classification.UNCLASSIFIED));

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
                        "Minister",
                        null,
                        Classification.UNCLASSIFIED)));
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
              "Deputy Minister",
              null,
              Classification.UNCLASSIFIED));
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
            "Minister",
            null,
            Classification.UNCLASSIFIED);
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

  @Test
  void everyChangeIsOnTheHistoryWithWhoMadeIt() {
    Mission planned =
        plan(draft("History check " + UUID.randomUUID(), Classification.UNCLASSIFIED));
    Mission revised =
        SignedIn.as(
            "approver",
            () ->
                missions.revise(
                    planned.getId(),
                    planned.getVersion(),
                    draft("History check, renamed", Classification.UNCLASSIFIED)));
    assertEquals(planned.getVersion() + 1, revised.getVersion());

    List<RevisionEntry> history = SignedIn.as("viewer", () -> missions.history(planned.getId()));
    assertEquals(2, history.size(), history.toString());
    assertEquals(Change.CREATED, history.get(0).change());
    assertEquals("officer", history.get(0).by());
    assertTrue(history.get(0).fields().contains("title"));
    assertEquals(Change.CHANGED, history.get(1).change());
    assertEquals("approver", history.get(1).by());
    assertEquals(List.of("title"), history.get(1).fields());
  }

  @Test
  void anEditOfAnOutdatedVersionIsRefusedAndTheOtherEditKept() {
    Mission planned =
        plan(draft("Concurrency check " + UUID.randomUUID(), Classification.UNCLASSIFIED));
    long read = planned.getVersion();
    SignedIn.as(
        "officer",
        () ->
            missions.revise(
                planned.getId(), read, draft("First edit", Classification.UNCLASSIFIED)));
    assertThrows(
        StaleRecordException.class,
        () ->
            SignedIn.as(
                "approver",
                () ->
                    missions.revise(
                        planned.getId(), read, draft("Second edit", Classification.UNCLASSIFIED))));
    assertEquals(
        "First edit",
        SignedIn.as("viewer", () -> missions.find(planned.getId())).orElseThrow().getTitle());
  }

  @Test
  void nobodySeesOrRecordsAboveTheirClearance() {
    String title = "Secret consultations " + UUID.randomUUID();
    Mission secret =
        SignedIn.as("approver", () -> missions.plan(draft(title, Classification.SECRET)));

    assertTrue(SignedIn.as("viewer", () -> missions.find(secret.getId())).isEmpty());
    assertTrue(SignedIn.as("officer", () -> missions.find(secret.getId())).isEmpty());
    assertTrue(SignedIn.as("admin", () -> missions.find(secret.getId())).isPresent());
    var listed =
        SignedIn.as("viewer", () -> missions.list(new PageRequest(0, PageRequest.MAX_SIZE)));
    assertTrue(listed.items().stream().noneMatch(m -> m.getTitle().equals(title)));
    assertTrue(
        listed.items().stream()
            .allMatch(m -> Classification.PROTECTED_A.covers(m.getClassification())));
    assertThrows(
        RecordNotFoundException.class,
        () -> SignedIn.as("viewer", () -> missions.history(secret.getId())));
    var refused =
        assertThrows(
            AboveClearanceException.class,
            () ->
                SignedIn.as(
                    "officer", () -> missions.plan(draft("Too high", Classification.SECRET))));
    assertEquals(
        "You cannot record information classified SECRET: your clearance is PROTECTED_B.",
        refused.getMessage());
  }

  @Test
  void theDemoDatasetIsRecordedByTheDemoLoader() {
    Mission beijing =
        SignedIn.as("viewer", () -> missions.list(new PageRequest(0, PageRequest.MAX_SIZE)))
            .items()
            .stream()
            .filter(
                m ->
                    m.getTitle().equals("Prime Minister's visit to the People's Republic of China"))
            .findFirst()
            .orElseThrow();
    var history = SignedIn.as("viewer", () -> missions.history(beijing.getId()));
    assertEquals("engagement-demo-loader", history.get(0).by());
  }

  private static MissionDraft draft(String title, Classification classification) {
    return new MissionDraft(
        title,
        "CN",
        "Beijing",
        LocalDate.of(2026, 1, 13),
        LocalDate.of(2026, 1, 17),
        "Prime Minister",
        null,
        classification);
  }

  /** Plans as an officer: the role that records missions. */
  private Mission plan(MissionDraft draft) {
    return SignedIn.as("officer", () -> missions.plan(draft));
  }

  private long total() {
    return SignedIn.as("viewer", () -> missions.list(PageRequest.first(1))).total();
  }
}
