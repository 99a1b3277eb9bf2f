package ca.gc.engagement.mission;

import static ca.gc.engagement.support.Pages.buttonNamed;
import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The mission pages over real HTTP: the list with its filters, a mission's page with its marking
 * and lifecycle buttons, the edit form (post-redirect-get, and a conflict shown plainly), the
 * history, 404 for what the user may not see, and both official languages.
 */
class MissionPagesIT extends AgainstTheBuiltEar {

  @Test
  void theListIsFilteredByItsAddress() {
    Browser browser = new Browser();
    browser.signIn(page("missions/"), "officer");
    Document completed = browser.open(page("missions/?status=COMPLETED&country=CN"));
    assertNotNull(rowWith(completed, "Prime Minister's visit to the People's Republic of China"));
    assertEquals("CN", completed.selectFirst("#filters\\:country option[selected]").val());

    // Words no record has: other test classes plan missions on the same server (one about canola).
    Document planned =
        browser.open(page("missions/?status=PLANNED&q=nothing-" + UUID.randomUUID()));
    assertNull(rowWith(planned, "Prime Minister's visit to the People's Republic of China"));
    // Other test classes record missions in the same database: only a word no mission has is sure
    // to match none.
    Document none = browser.open(page("missions/?status=PLANNED&q=" + UUID.randomUUID()));
    assertEquals("No missions match these filters.", none.selectFirst("td").text());
  }

  @Test
  void aMissionPageShowsItsMarkingParticularsAndExports() {
    Browser browser = new Browser();
    browser.signIn(page("missions/"), "viewer");
    // Found as a desk officer would among many (other tests add missions on the same server).
    Document list = browser.open(page("missions/?country=CN&status=COMPLETED"));
    Element link =
        rowWith(list, "Prime Minister's visit to the People's Republic of China").selectFirst("a");

    Document mission = browser.open(page("missions/").resolve(link.attr("href")));

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", mission.selectFirst(".marking-banner").text());
    assertEquals(
        "Prime Minister's visit to the People's Republic of China",
        mission.selectFirst("main h1").text());
    assertEquals("China", mission.getElementById("counterpart").text());
    assertEquals("January 13, 2026 – January 17, 2026", mission.getElementById("period").text());
    assertEquals("Completed", mission.getElementById("status").text());
    assertTrue(mission.getElementById("briefing-link").attr("href").endsWith("/briefing"));
    assertTrue(mission.getElementById("calendar-link").attr("href").endsWith("format=ics"));
    assertNull(mission.getElementById("actions"), "a viewer is offered no change");
  }

  @Test
  void aMissionPageShowsItsTimelineAgreementsMeasuresAndOpenFollowUpsAtTheUsersClearance() {
    Browser officer = new Browser();
    officer.signIn(page("missions/"), "officer");
    Document mission = officer.open(primeMinistersMission(officer));

    Element timeline = mission.getElementById("timeline");
    assertNotNull(timeline, mission.select("main").outerHtml());
    Element bilateral =
        timeline.select("li").stream()
            .filter(li -> li.text().contains("Bilateral meeting with President Xi Jinping"))
            .findFirst()
            .orElseThrow();
    assertTrue(bilateral.text().contains("(Asia/Shanghai)"), bilateral.text());
    assertTrue(bilateral.text().contains("Mark Carney"), bilateral.text());
    assertTrue(
        timeline.text().indexOf("Meeting with senior leaders")
            < timeline.text().indexOf("Bilateral meeting with President Xi Jinping"),
        "in the order they happen: " + timeline.text());
    assertFalse(
        timeline.text().contains("Internal briefing"), "the SECRET briefing is above Protected B");
    assertTrue(mission.getElementById("agreements").text().contains("Clear"));
    assertTrue(mission.getElementById("measures").text().toLowerCase().contains("canola"));

    Browser approver = new Browser();
    approver.signIn(page("missions/"), "approver");
    Document secret = approver.open(primeMinistersMission(approver));
    assertTrue(secret.getElementById("timeline").text().contains("Internal briefing"));
  }

  private URI primeMinistersMission(Browser browser) {
    Document list = browser.open(page("missions/?country=CN&status=COMPLETED"));
    Element row = rowWith(list, "Prime Minister's visit to the People's Republic of China");
    assertNotNull(row, list.select("main").outerHtml());
    return page("missions/").resolve(row.selectFirst("a").attr("href"));
  }

  @Test
  void aMissionAboveTheUsersClearanceIsNotFoundLikeAMissingOne() {
    long secret = planThroughApi("approver", "SECRET", "Closed-door mission " + UUID.randomUUID());
    Browser browser = new Browser();
    browser.signIn(page("missions/"), "viewer");

    Document hidden = browser.open(page("missions/mission.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());

    browser.open(page("missions/mission.xhtml?id=987654321"));
    assertEquals(404, browser.lastResponse().statusCode());
    browser.open(page("missions/history.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    // A viewer edits nothing: the form is refused (403) whatever the id, hidden or not.
    browser.open(page("missions/edit.xhtml?id=" + secret));
    assertEquals(403, browser.lastResponse().statusCode());
  }

  /**
   * A right-to-left override in a title (decision 0021) is refused by the page as the API refuses
   * it: the message next to the title, in the page's language, and nothing stored.
   */
  @Test
  void aTitleWithABidiOverrideIsRefusedNextToTheTitleAndNothingIsStored() {
    Browser browser = new Browser();
    String word = "Trojan" + UUID.randomUUID().toString().substring(0, 8);
    Document form = browser.signIn(page("missions/edit.xhtml"), "officer");

    Document refused =
        browser.submit(
            form,
            "mission",
            Map.of(
                "mission:title", "Visit " + word + " \u202Etxt.exe",
                "mission:counterpartCountry", "ID",
                "mission:hostCity", "Jakarta",
                "mission:startDate", "2026-06-01",
                "mission:endDate", "2026-06-04",
                "mission:lead", "Minister of International Trade",
                "mission:classification", "UNCLASSIFIED"),
            "mission:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/missions/edit.xhtml"));
    assertEquals(
        "Remove the control character or the character that hides or reorders text; text may"
            + " hold letters, signs, tabs and line breaks (U+202E)",
        messageNextTo(refused, "mission:title"));
    assertEquals(0, Answers.total(ApiClient.as(deployment, "officer").get("missions?q=" + word)));
  }

  @Test
  void planningThenRevisingAMissionIsOnItsPageAndInItsHistory() {
    Browser browser = new Browser();
    String title = "Trade mission to Jakarta " + UUID.randomUUID();
    Document form = browser.signIn(page("missions/edit.xhtml"), "officer");

    Document planned =
        browser.submit(
            form,
            "mission",
            Map.of(
                "mission:title", title,
                "mission:counterpartCountry", "ID",
                "mission:hostCity", "Jakarta",
                "mission:startDate", "2026-06-01",
                "mission:endDate", "2026-06-04",
                "mission:lead", "Minister of International Trade",
                "mission:classification", "PROTECTED_A"),
            "mission:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/missions/mission.xhtml"));
    assertEquals("Mission “" + title + "” planned.", planned.selectFirst(".notice-info").text());
    assertEquals("Protected A", planned.selectFirst(".marking-banner").text());
    assertEquals("Planned", planned.getElementById("status").text());

    String id = browser.lastResponse().uri().getQuery().replace("id=", "");
    Document edit = browser.open(page("missions/edit.xhtml?id=" + id));
    assertEquals("Jakarta", edit.getElementById("mission:hostCity").val());
    Document saved =
        browser.submit(edit, "mission", Map.of("mission:hostCity", "Surabaya"), "mission:save");
    assertEquals("Surabaya", saved.getElementById("host-city").text());

    Document started =
        browser.submit(saved, "actions", Map.of(), buttonNamed(saved, "Start the mission"));
    assertEquals("Underway", started.getElementById("status").text());
    assertEquals("Mission now Underway.", started.selectFirst(".notice-info").text());

    Document history = browser.open(page("missions/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(3, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("officer"));
    assertTrue(rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().contains("Host city"), rows.get(1).text());
    assertTrue(rows.get(2).text().contains("Status"), rows.get(2).text());
  }

  @Test
  void aConflictingSaveIsRefusedPlainlyWithAWayToReload() {
    long id = planThroughApi("officer", "UNCLASSIFIED", "Mission to Lima " + UUID.randomUUID());
    Browser first = new Browser();
    Browser second = new Browser();
    Document firstForm = first.signIn(page("missions/edit.xhtml?id=" + id), "officer");
    Document secondForm = second.signIn(page("missions/edit.xhtml?id=" + id), "approver");

    first.submit(firstForm, "mission", Map.of("mission:lead", "Deputy Minister"), "mission:save");
    Document refused =
        second.submit(secondForm, "mission", Map.of("mission:lead", "Ambassador"), "mission:save");

    assertEquals(200, second.lastResponse().statusCode());
    assertTrue(
        refused.selectFirst(".conflict").text().startsWith("Someone else changed this record"),
        refused.select("main").outerHtml());
    assertEquals("Ambassador", refused.getElementById("mission:lead").val(), "their input is kept");
    Document reloaded = second.submit(refused, "reload", Map.of(), "reload:reload");
    assertEquals("Deputy Minister", reloaded.getElementById("mission:lead").val());
    assertNull(reloaded.selectFirst(".conflict"));
  }

  @Test
  void theLanguageToggleShowsThePagesAndMessagesInFrench() {
    Browser browser = new Browser();
    Document english = browser.signIn(page("missions/edit.xhtml"), "officer");
    Element toggle = english.getElementById("language-toggle");
    assertEquals("Français", toggle.text());
    assertEquals("fr", toggle.attr("lang"));

    Document french = browser.open(page("missions/edit.xhtml").resolve(toggle.attr("href")));
    assertEquals("fr", french.selectFirst("html").attr("lang"));
    assertEquals("English", french.getElementById("language-toggle").text());
    assertTrue(
        browser.lastResponse().uri().getQuery() == null, "the toggle leaves a clean address");

    Document refused =
        browser.submit(
            french,
            "mission",
            Map.of(
                "mission:title", "",
                "mission:counterpartCountry", "FR",
                "mission:hostCity", "Paris",
                "mission:startDate", "2026-03-10",
                "mission:endDate", "2026-03-01",
                "mission:lead", "Ministre"),
            "mission:save");
    assertEquals("Donnez un titre à la mission.", messageNextTo(refused, "mission:title"));
    assertEquals(
        "La mission ne peut pas se terminer avant de commencer.",
        messageNextTo(refused, "mission:endDate"));

    Document list = browser.open(page("missions/"));
    assertEquals("Missions", list.selectFirst("main h1").text());
    assertEquals("Appliquer les filtres", list.getElementById("filters:apply").val());
  }

  private long planThroughApi(String account, String classification, String title) {
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "missions",
                """
                {"title": "%s", "counterpartCountry": "PE", "hostCity": "Lima",
                 "startDate": "2026-09-01", "endDate": "2026-09-03", "lead": "Minister",
                 "objectives": "Open the market", "classification": "%s"}
                """
                    .formatted(title, classification));
    return Records.idOfCreated(response);
  }
}
