package ca.gc.engagement.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.MissionsPage.MissionRow;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.browser.Chromium;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The missions page in Chromium: the scenario's missions, planning one, and who sees what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MissionsBrowserIT {

  private static final String PRIME_MINISTERS_VISIT =
      "Prime Minister's visit to the People's Republic of China";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @RegisterExtension static final Chromium chromium = new Chromium();

  @Test
  void theListShowsTheScenarioMissions() {
    MissionsPage missions = chromium.signInAs("officer", MissionsPage::new);

    assertEquals("Missions — Engagement Records", missions.title());
    MissionRow visit = missions.row(PRIME_MINISTERS_VISIT).orElseThrow();
    assertEquals("CN", visit.counterpart());
    assertEquals("China", visit.counterpartName());
    assertEquals("Beijing", visit.hostCity());
    assertEquals("2026-01-13 – 2026-01-17", visit.period());
    assertEquals("Prime Minister Mark Carney", visit.lead());
    assertEquals("Unclassified", visit.classification());
    assertTrue(
        missions.titles().stream().anyMatch(title -> title.contains("Saskatchewan")),
        "the Premier of Saskatchewan's visit: " + missions.titles());
  }

  @Test
  void anOfficerPlansAMissionThroughTheFormAndFindsItInTheList() {
    String title = "Agri-food mission to Seoul " + UUID.randomUUID();
    MissionsPage missions = chromium.signInAs("officer", MissionsPage::new);

    MissionsPage after =
        missions
            .planForm()
            .title(title)
            .counterpart("South Korea")
            .hostCity("Seoul")
            .firstDay(LocalDate.of(2026, 5, 11))
            .lastDay(LocalDate.of(2026, 5, 14))
            .lead("Minister of Agriculture")
            .objectives("Open the market to Canadian canola meal.")
            .classification("Protected B")
            .submit();

    assertEquals("Mission “" + title + "” planned.", after.notices());
    assertTrue(after.path().endsWith("/index.xhtml"), "redirected to the list: " + after.path());
    MissionRow row = after.row(title).orElseThrow(() -> new AssertionError(after.titles()));
    assertEquals("KR", row.counterpart());
    assertEquals("South Korea", row.counterpartName());
    assertEquals("2026-05-11 – 2026-05-14", row.period());
    assertEquals("Planned", row.status());
    assertEquals("Protected B", row.classification());
    assertEquals("", after.planForm().valueOf("title"), "the form is empty for the next one");
  }

  @Test
  void aLastDayBeforeTheFirstIsRefusedNextToTheFieldAndNothingIsPlanned() {
    String title = "Mission that ends before it starts " + UUID.randomUUID();
    MissionsPage missions = chromium.signInAs("officer", MissionsPage::new);
    String countBefore = missions.count();

    MissionsPage refused =
        missions
            .planForm()
            .title(title)
            .counterpart("China")
            .hostCity("Shanghai")
            .firstDay(LocalDate.of(2026, 2, 10))
            .lastDay(LocalDate.of(2026, 2, 1))
            .lead("Minister of International Trade")
            .submit();

    MissionPlanForm form = refused.planForm();
    assertEquals("The mission cannot end before it starts.", form.messageNextTo("endDate"));
    assertEquals("", form.messageNextTo("startDate"));
    assertEquals("", form.messageNextTo("hostCity"));
    assertEquals("Shanghai", form.valueOf("hostCity"), "what was typed is kept");
    assertEquals("", refused.notices());
    assertFalse(refused.row(title).isPresent());
    assertEquals(countBefore, chromium.open("", MissionsPage::new).count(), "nothing stored");
  }

  @Test
  void aViewerNeverSeesASecretMissionThatAnApproverPlanned() {
    String secret = "Secret mission " + UUID.randomUUID();
    MissionsPage approver = chromium.signInAs("approver", MissionsPage::new);
    MissionsPage planned =
        approver
            .planForm()
            .title(secret)
            .counterpart("China")
            .hostCity("Beijing")
            .firstDay(LocalDate.of(2026, 3, 2))
            .lastDay(LocalDate.of(2026, 3, 3))
            .lead("National Security and Intelligence Advisor")
            .classification("Secret")
            .submit();
    assertEquals("Secret", planned.row(secret).orElseThrow().classification());
    planned.signOut();

    MissionsPage viewer = chromium.signInAs("viewer", MissionsPage::new);

    assertTrue(viewer.row(PRIME_MINISTERS_VISIT).isPresent(), "the viewer reads the list");
    assertFalse(viewer.row(secret).isPresent(), "no SECRET mission for Protected A");
    assertTrue(
        viewer.titles().stream().noneMatch(title -> title.startsWith("Secret mission")),
        viewer.titles().toString());
  }

  @Test
  void aViewerIsNotOfferedThePlanningForm() {
    MissionsPage viewer = chromium.signInAs("viewer", MissionsPage::new);

    assertFalse(viewer.offersPlanning());
  }

  @Test
  void anOfficerMayClassifyOnlyUpToTheirOwnClearance() {
    MissionsPage officer = chromium.signInAs("officer", MissionsPage::new);

    assertEquals(
        List.of("Unclassified", "Protected A", "Protected B"),
        officer.planForm().classifications());
  }
}
