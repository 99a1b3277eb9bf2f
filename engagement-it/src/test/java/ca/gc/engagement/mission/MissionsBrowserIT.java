package ca.gc.engagement.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.mission.MissionsPage.MissionRow;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The missions pages in Chromium (/missions/ and its form): the scenario's missions, planning one,
 * and who sees what.
 */
class MissionsBrowserIT extends AgainstTheBuiltEar {

  private static final String PRIME_MINISTERS_VISIT =
      "Prime Minister's visit to the People's Republic of China";

  @RegisterExtension static final Chromium chromium = new Chromium();

  /** Signing in lands on the dashboard; the missions are one address away. */
  private static final class Landing {
    static MissionsPage missions(Chromium chromium) {
      return chromium.open(MissionsPage.PATH, MissionsPage::new);
    }
  }

  @Test
  void theListShowsTheScenarioMissions() {
    MissionsPage missions = chromium.signInAs("officer", Landing::missions);

    assertEquals("Missions — Engagement Records", missions.title());
    assertEquals("Missions", missions.heading());
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
  void criteriaTheSearchRefusesAreSaidAboveTheFiltersInsteadOfAnErrorPage() {
    chromium.signInAs("viewer", Landing::missions);

    MissionsPage refused = chromium.open(MissionsPage.PATH + "?country=ZZ", MissionsPage::new);

    assertEquals("Missions", refused.heading());
    assertEquals(
        "Choose a country by its two-letter ISO code (for example CA or CN).",
        chromium.driver().findElement(By.cssSelector("#notices .notice-error")).getText());
    assertTrue(chromium.driver().findElements(By.id("list")).isEmpty(), "no table");
    assertEquals(1, chromium.driver().findElements(By.id("filters")).size(), "the filters stay");
  }

  @Test
  void anOfficerPlansAMissionThroughTheFormAndFindsItInTheList() {
    String title = "Agri-food mission to Seoul " + UUID.randomUUID();
    MissionsPage missions = chromium.signInAs("officer", Landing::missions);

    MissionRecordPage planned =
        missions
            .plan()
            .title(title)
            .counterpart("South Korea")
            .hostCity("Seoul")
            .firstDay(LocalDate.of(2026, 5, 11))
            .lastDay(LocalDate.of(2026, 5, 14))
            .lead("Minister of Agriculture")
            .objectives("Open the market to Canadian canola meal.")
            .classification("Protected B")
            .submit();

    assertEquals("Mission “" + title + "” planned.", planned.notices());
    assertTrue(
        planned.path().endsWith("/missions/mission.xhtml"),
        "redirected to the mission: " + planned.path());
    assertEquals(title, planned.heading());
    assertEquals("PROTECTED B", planned.marking(), "the banner, in capitals");
    assertEquals("South Korea", planned.particular("counterpart"));
    assertEquals("Seoul", planned.particular("host-city"));
    assertEquals("May 11, 2026 – May 14, 2026", planned.particular("period"));
    assertEquals("Planned", planned.particular("status"));
    MissionsPage list = chromium.open(MissionsPage.PATH + "?q=Seoul", MissionsPage::new);
    MissionRow row = list.row(title).orElseThrow(() -> new AssertionError(list.titles()));
    assertEquals("KR", row.counterpart());
    assertEquals("South Korea", row.counterpartName());
    assertEquals("2026-05-11 – 2026-05-14", row.period());
    assertEquals("Planned", row.status());
    assertEquals("Protected B", row.classification());
  }

  @Test
  void aLastDayBeforeTheFirstIsRefusedNextToTheFieldAndNothingIsPlanned() {
    String word = "Backwards" + UUID.randomUUID().toString().substring(0, 8);
    String title = "Mission that ends before it starts " + word;
    MissionsPage missions = chromium.signInAs("officer", Landing::missions);

    MissionPlanForm form =
        missions
            .plan()
            .title(title)
            .counterpart("China")
            .hostCity("Shanghai")
            .firstDay(LocalDate.of(2026, 2, 10))
            .lastDay(LocalDate.of(2026, 2, 1))
            .lead("Minister of International Trade")
            .submitRefused();

    assertEquals("The mission cannot end before it starts.", form.messageNextTo("endDate"));
    assertEquals("", form.messageNextTo("startDate"));
    assertEquals("", form.messageNextTo("hostCity"));
    assertEquals("Shanghai", form.valueOf("hostCity"), "what was typed is kept");
    assertTrue(form.path().endsWith("/missions/edit.xhtml"), form.path());
    MissionsPage search = chromium.open(MissionsPage.PATH + "?q=" + word, MissionsPage::new);
    assertEquals(List.of(), search.titles(), "nothing stored");
  }

  @Test
  void aViewerNeverSeesASecretMissionThatAnApproverPlanned() {
    String secret = "Secret mission " + UUID.randomUUID();
    MissionsPage approver = chromium.signInAs("approver", Landing::missions);
    MissionRecordPage planned =
        approver
            .plan()
            .title(secret)
            .counterpart("China")
            .hostCity("Beijing")
            .firstDay(LocalDate.of(2026, 3, 2))
            .lastDay(LocalDate.of(2026, 3, 3))
            .lead("National Security and Intelligence Advisor")
            .classification("Secret")
            .submit();
    assertEquals("SECRET", planned.marking());
    String address = "missions/mission.xhtml?id=" + planned.id();
    planned.signOut();

    MissionsPage viewer = chromium.signInAs("viewer", Landing::missions);

    assertTrue(viewer.row(PRIME_MINISTERS_VISIT).isPresent(), "the viewer reads the list");
    assertFalse(viewer.row(secret).isPresent(), "no SECRET mission for Protected A");
    assertTrue(
        viewer.titles().stream().noneMatch(title -> title.startsWith("Secret mission")),
        viewer.titles().toString());
    Page direct = chromium.open(address, Page::new);
    assertEquals("Page not found", direct.heading(), "its address leads nowhere for a viewer");
  }

  @Test
  void aViewerIsNotOfferedThePlanningForm() {
    MissionsPage viewer = chromium.signInAs("viewer", Landing::missions);

    assertFalse(viewer.offersPlanning());
  }

  @Test
  void anOfficerMayClassifyOnlyUpToTheirOwnClearance() {
    MissionsPage officer = chromium.signInAs("officer", Landing::missions);

    assertEquals(
        List.of("Unclassified", "Protected A", "Protected B"), officer.plan().classifications());
  }
}
