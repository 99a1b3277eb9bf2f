package ca.gc.engagement.followup;

import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Pages.buttonNamed;
import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.DepartmentDay;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The follow-up pages over real HTTP: the list with its filters and the OVERDUE marker in words, a
 * follow-up's page with the record it comes from, the form preset from that record
 * (post-redirect-get, messages next to the fields, in French too), complete, reopen and drop as
 * buttons, the history, and 404 for what the user may not see.
 */
class FollowUpPagesIT extends AgainstTheBuiltEar {

  /** Today at headquarters, where the intranet reckons due dates. */
  private static final LocalDate TODAY = DepartmentDay.today();

  @Test
  void openFollowUpsPastTheirDueDateSayOverdueInWords() {
    String unique = UUID.randomUUID().toString();
    long mission = missionThroughApi("officer", "UNCLASSIFIED", unique);
    followUpThroughApi(
        "officer",
        "UNCLASSIFIED",
        "Send the thank-you letters " + unique,
        "MISSION",
        mission,
        TODAY.minusDays(10));
    followUpThroughApi(
        "officer",
        "UNCLASSIFIED",
        "Brief the provinces " + unique,
        "MISSION",
        mission,
        TODAY.plusDays(30));
    Browser browser = new Browser();

    Document list = browser.signIn(page("follow-ups/?q=" + unique), "officer");

    Element late = rowWith(list, "Send the thank-you letters");
    assertNotNull(late, list.select("main").outerHtml());
    assertEquals("Overdue", late.selectFirst(".overdue-marker").text());
    assertTrue(late.text().contains("Open"), late.text());
    Element inTime = rowWith(list, "Brief the provinces");
    assertNull(inTime.selectFirst(".overdue-marker"), inTime.text());
    assertTrue(inTime.text().contains("Open"), inTime.text());
    assertTrue(
        list.select("tbody tr").indexOf(late) < list.select("tbody tr").indexOf(inTime),
        "soonest due first");
  }

  @Test
  void theListIsFilteredByItsAddressAndShowsOnlyWhatTheUserMaySee() {
    Browser browser = new Browser();
    browser.signIn(page("follow-ups/"), "viewer");

    Document apec = browser.open(page("follow-ups/?q=APEC"));
    Element row = rowWith(apec, "APEC summit, November 2026, hosted by China");
    assertNotNull(row, apec.select("main").outerHtml());
    assertTrue(row.text().contains("APEC Senior Official's office"), row.text());
    assertTrue(row.text().contains("Nov 1, 2026"), row.text());
    assertEquals("Mission", row.selectFirst("a[href*=missions/mission]").text());

    Document later = browser.open(page("follow-ups/?from=2035-01-01&to=2035-12-31"));
    assertNotNull(rowWith(later, "Objective: double non-U.S. trade by 2035."));
    assertNull(rowWith(later, "APEC summit"));
    assertEquals("2035-01-01", later.getElementById("filters:from").val());

    Document confidential = browser.open(page("follow-ups/?q=negotiating+position"));
    assertEquals(
        "No follow-ups match these filters.",
        confidential.selectFirst("td").text(),
        "the CONFIDENTIAL follow-up of the arrangement is not for a Protected A viewer");
  }

  @Test
  void aFollowUpPageShowsTheRecordItComesFromTheOwnerAndTheDueDate() {
    Browser browser = new Browser();
    browser.signIn(page("follow-ups/"), "viewer");
    Element link =
        rowWith(browser.open(page("follow-ups/?q=five-year+plan")), "China's next five-year plan")
            .selectFirst("a.follow-up-description");

    Document followUp = browser.open(page("follow-ups/").resolve(link.attr("href")));

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", followUp.selectFirst(".marking-banner").text());
    assertTrue(
        followUp
            .selectFirst("main h1")
            .text()
            .startsWith("China's next five-year plan, expected March 2026"));
    Element origin = followUp.selectFirst("#origin a");
    assertEquals("Prime Minister's visit to the People's Republic of China", origin.text());
    assertTrue(origin.attr("href").contains("/missions/mission.xhtml?id="));
    assertTrue(followUp.getElementById("origin").text().startsWith("Mission:"));
    assertEquals("Greater China Division", followUp.getElementById("owner").text());
    assertEquals("March 31, 2026", followUp.getElementById("due-date").text());
    assertNull(followUp.getElementById("actions"), "a viewer is offered no change");
  }

  @Test
  void aFollowUpRecordedFromItsMissionIsCompletedReopenedAndDroppedWithButtons() {
    String unique = UUID.randomUUID().toString();
    long mission = missionThroughApi("officer", "UNCLASSIFIED", unique);
    Browser browser = new Browser();
    Document missionPage = browser.signIn(page("missions/mission.xhtml?id=" + mission), "officer");
    String recordLink = missionPage.getElementById("actions:record-follow-up").attr("href");
    assertTrue(recordLink.endsWith("/follow-ups/edit.xhtml?missionId=" + mission), recordLink);

    Document form = browser.open(page("missions/").resolve(recordLink));
    Element preset = form.selectFirst("#followUp\\:originId option[selected]");
    assertEquals("MISSION-" + mission, preset.val());
    assertEquals("Trade mission to Hanoi " + unique, preset.text());
    Document recorded =
        browser.submit(
            form,
            "followUp",
            Map.of(
                "followUp:description",
                "Send the minister's letter of thanks " + unique,
                "followUp:owner",
                "Viet Nam Division",
                "followUp:dueDate",
                TODAY.minusDays(5).toString()),
            "followUp:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/follow-ups/follow-up.xhtml"));
    assertEquals("Follow-up recorded.", recorded.selectFirst(".notice-info").text());
    assertEquals("Trade mission to Hanoi " + unique, recorded.selectFirst("#origin a").text());
    assertEquals("Open", recorded.getElementById("status").text());
    assertTrue(recorded.getElementById("overdue-note").text().startsWith("Overdue"));
    String id = browser.lastResponse().uri().getQuery().replace("id=", "");

    Document done =
        browser.submit(recorded, "actions", Map.of(), buttonNamed(recorded, "Mark as done"));
    assertEquals("Done", done.getElementById("status").text());
    assertEquals("Follow-up now Done.", done.selectFirst(".notice-info").text());
    assertNull(done.getElementById("overdue-note"), "done is not overdue");
    assertEquals(
        List.of("Reopen the follow-up"),
        done.select("#actions input[type=submit]").eachAttr("value"));

    Document reopened =
        browser.submit(done, "actions", Map.of(), buttonNamed(done, "Reopen the follow-up"));
    assertEquals("Open", reopened.getElementById("status").text());
    assertNotNull(reopened.getElementById("overdue-note"));
    Document dropped =
        browser.submit(reopened, "actions", Map.of(), buttonNamed(reopened, "Drop the follow-up"));
    assertEquals("Dropped", dropped.getElementById("status").text());

    Document edit = browser.open(page("follow-ups/edit.xhtml?id=" + id));
    Document saved =
        browser.submit(
            edit, "followUp", Map.of("followUp:owner", "Mekong Division"), "followUp:save");
    assertEquals("Mekong Division", saved.getElementById("owner").text());
    assertEquals("Follow-up saved.", saved.selectFirst(".notice-info").text());

    Document history = browser.open(page("follow-ups/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(5, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().contains("Status"), rows.get(1).text());
    assertTrue(rows.get(3).text().contains("Status"), rows.get(3).text());
    assertTrue(rows.get(4).text().contains("Owner"), rows.get(4).text());
  }

  @Test
  void theOriginIsPresetFromAMeetingOrAnAgreementToo() {
    var officer = ApiClient.as(deployment, "officer");
    JsonObject meeting = items(officer.get("meetings?q=Xi+Jinping")).get(0);
    JsonObject agreement = items(officer.get("agreements")).get(0);
    Browser browser = new Browser();

    Document fromMeeting =
        browser.signIn(page("follow-ups/edit.xhtml?meetingId=" + meeting.getInt("id")), "officer");
    Element chosen = fromMeeting.selectFirst("#followUp\\:originId option[selected]");
    assertEquals("MEETING-" + meeting.getInt("id"), chosen.val());
    assertEquals(meeting.getString("title"), chosen.text());

    Document fromAgreement =
        browser.open(page("follow-ups/edit.xhtml?agreementId=" + agreement.getInt("id")));
    chosen = fromAgreement.selectFirst("#followUp\\:originId option[selected]");
    assertEquals("AGREEMENT-" + agreement.getInt("id"), chosen.val());
    assertEquals(agreement.getString("title"), chosen.text());
  }

  @Test
  void theFormSaysWhatIsWrongNextToTheFieldInEitherLanguage() {
    Browser browser = new Browser();
    Document form = browser.signIn(page("follow-ups/edit.xhtml"), "officer");

    Document refused = browser.submit(form, "followUp", Map.of(), "followUp:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Say what is to be done.", messageNextTo(refused, "followUp:description"));
    assertTrue(
        List.of(
                "Choose the mission, meeting or agreement the follow-up comes from.",
                "Say whether the follow-up comes from a mission, a meeting or an agreement.")
            .contains(messageNextTo(refused, "followUp:originId")),
        messageNextTo(refused, "followUp:originId"));
    assertEquals(
        "Say who sees to it (a person or an office).", messageNextTo(refused, "followUp:owner"));
    assertEquals("Give the date it is due.", messageNextTo(refused, "followUp:dueDate"));
    assertTrue(refused.select(".notices .notice-error").isEmpty(), "every message is at its field");

    browser.open(
        page("follow-ups/").resolve(refused.getElementById("language-toggle").attr("href")));
    Document french = browser.open(page("follow-ups/edit.xhtml"));
    assertEquals("Inscrire un suivi", french.selectFirst("main h1").text());
    Document refusedInFrench = browser.submit(french, "followUp", Map.of(), "followUp:save");
    assertEquals(
        "Indiquez ce qu’il faut faire.", messageNextTo(refusedInFrench, "followUp:description"));
  }

  @Test
  void aFollowUpAboveTheUsersClearanceIsNotFoundLikeAMissingOne() {
    String unique = UUID.randomUUID().toString();
    long mission = missionThroughApi("approver", "UNCLASSIFIED", unique);
    long secret =
        followUpThroughApi(
            "approver", "SECRET", "Debrief the service " + unique, "MISSION", mission, TODAY);
    Browser browser = new Browser();
    browser.signIn(page("follow-ups/"), "viewer");

    Document hidden = browser.open(page("follow-ups/follow-up.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    browser.open(page("follow-ups/history.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    // A viewer edits nothing: the form is refused (403) whatever the id, hidden or not.
    browser.open(page("follow-ups/edit.xhtml?id=" + secret));
    assertEquals(403, browser.lastResponse().statusCode());
    browser.open(page("follow-ups/follow-up.xhtml?id=987654321"));
    assertEquals(404, browser.lastResponse().statusCode());
  }

  private long missionThroughApi(String account, String classification, String unique) {
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "missions",
                """
                {"title": "Trade mission to Hanoi %s", "counterpartCountry": "VN",
                 "hostCity": "Hanoi", "startDate": "2026-04-06", "endDate": "2026-04-08",
                 "lead": "Minister of International Trade", "classification": "%s"}
                """
                    .formatted(unique, classification));
    return Records.idOfCreated(response);
  }

  private long followUpThroughApi(
      String account,
      String classification,
      String description,
      String originKind,
      long originId,
      LocalDate due) {
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "follow-ups",
                """
                {"description": "%s", "originKind": "%s", "originId": %d,
                 "owner": "Viet Nam Division", "dueDate": "%s", "classification": "%s"}
                """
                    .formatted(description, originKind, originId, due, classification));
    return Records.idOfCreated(response);
  }
}
