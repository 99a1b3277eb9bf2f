package ca.gc.engagement.meeting;

import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The meeting pages over real HTTP: the list with its filters and local times, a meeting's page
 * (marking, local and Ottawa times, participants, carve-out flags), scheduling through the form
 * with participant rows added and removed, the readout that records it as held, cancelling with a
 * second step, the history, 404 for what the user may not see, and a validation message in French.
 */
class MeetingPagesIT extends AgainstTheBuiltEar {

  private static final String MISSION = "Prime Minister's visit to the People's Republic of China";
  private static final String XI_BILATERAL = "Bilateral meeting with President Xi Jinping";
  private static final String BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  private static String q(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  @Test
  void theListShowsLocalTimesAndIsFilteredByItsAddress() {
    Browser browser = new Browser();
    browser.signIn(page("meetings/"), "viewer");

    Document held = browser.open(page("meetings/?status=HELD&country=CN&q=" + q("Xi Jinping")));
    Element row = rowWith(held, XI_BILATERAL);
    assertNotNull(row, held.select("main").outerHtml());
    assertEquals("Jan 16, 2026, 10:00 AM (Asia/Shanghai)", row.selectFirst(".meeting-when").text());
    assertEquals(MISSION, row.selectFirst(".meeting-mission").text());
    assertTrue(
        row.selectFirst(".meeting-mission").attr("href").contains("missions/mission.xhtml?id="));
    assertTrue(row.text().contains("Bilateral meeting"), row.text());
    assertTrue(row.text().contains("Held"), row.text());
    assertTrue(row.text().contains("Unclassified"), row.text());
    assertEquals("CN", held.selectFirst("#filters\\:country option[selected]").val());
    assertEquals("HELD", held.selectFirst("#filters\\:status option[selected]").val());

    Document cancelled = browser.open(page("meetings/?status=CANCELLED&q=" + q("Xi Jinping")));
    assertNull(rowWith(cancelled, XI_BILATERAL));
    assertEquals("No meetings match these filters.", cancelled.selectFirst("td").text());
  }

  @Test
  void aMeetingPageShowsItsTimesParticipantsAndReadoutAndOffersAViewerNoChange() {
    Browser browser = new Browser();
    browser.signIn(page("meetings/"), "viewer");
    Document list = browser.open(page("meetings/?q=" + q(XI_BILATERAL)));
    Element link = rowWith(list, XI_BILATERAL).selectFirst("a.meeting-title");

    Document meeting = browser.open(page("meetings/").resolve(link.attr("href")));

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", meeting.selectFirst(".marking-banner").text());
    assertEquals(XI_BILATERAL, meeting.selectFirst("main h1").text());
    assertEquals(
        "Jan 16, 2026, 10:00 AM – 11:30 AM (Asia/Shanghai)",
        meeting.getElementById("local-time").text());
    assertEquals("Jan 15, 2026, 9:00 PM – 10:30 PM", meeting.getElementById("ottawa-time").text());
    assertEquals("Held", meeting.getElementById("status").text());
    assertEquals(MISSION, meeting.getElementById("mission-link").text());

    Element xi = rowWith(meeting, "Xi Jinping");
    assertTrue(xi.text().contains("President of the People's Republic of China"), xi.text());
    assertTrue(xi.text().contains("China"), xi.text());
    assertTrue(xi.text().contains("Counterpart"), xi.text());
    assertTrue(xi.text().contains("Head of delegation"), xi.text());
    Element carney = rowWith(meeting, "Mark Carney");
    assertTrue(carney.text().contains("Canadian side"), carney.text());
    assertTrue(meeting.select("#topics li").eachText().contains("Canola"));
    assertTrue(
        meeting
            .getElementById("readout-text")
            .text()
            .startsWith("A preliminary trade arrangement is reported"));
    String calendar = meeting.getElementById("calendar-link").attr("href");
    assertTrue(calendar.matches(".*/api/v1/missions/\\d+/meetings\\?format=ics"), calendar);

    assertNull(meeting.getElementById("actions"), "a viewer is offered no change");
    assertNull(meeting.getElementById("readout-form"));
    Document mission =
        browser.open(
            page("meetings/").resolve(meeting.getElementById("mission-link").attr("href")));
    assertNull(mission.getElementById("actions:schedule-meeting"));
  }

  @Test
  void aSecretMeetingIsAbsentFromTheViewersListAndNotFoundLikeAMissingOne() {
    String title = "Closed-door meeting " + UUID.randomUUID();
    long secret = scheduleThroughApi("approver", "SECRET", title, "CA", "");
    Browser viewer = new Browser();
    viewer.signIn(page("meetings/"), "viewer");
    Browser approver = new Browser();
    approver.signIn(page("meetings/"), "approver");

    assertNotNull(rowWith(approver.open(page("meetings/?q=" + q(title))), title));
    assertNull(rowWith(viewer.open(page("meetings/?q=" + q(title))), title));
    assertNotNull(rowWith(approver.open(page("meetings/?q=" + q(BRIEFING))), BRIEFING));
    Document briefing = viewer.open(page("meetings/?q=" + q(BRIEFING)));
    assertNull(rowWith(briefing, BRIEFING));
    assertEquals("No meetings match these filters.", briefing.selectFirst("td").text());

    Document hidden = viewer.open(page("meetings/meeting.xhtml?id=" + secret));
    assertEquals(404, viewer.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    assertTrue(!hidden.text().contains(title));
    viewer.open(page("meetings/history.xhtml?id=" + secret));
    assertEquals(404, viewer.lastResponse().statusCode());
    // A viewer edits nothing: the form is refused (403) whatever the id, hidden or not.
    viewer.open(page("meetings/edit.xhtml?id=" + secret));
    assertEquals(403, viewer.lastResponse().statusCode());
    viewer.open(page("meetings/meeting.xhtml?id=987654321"));
    assertEquals(404, viewer.lastResponse().statusCode());
  }

  @Test
  void schedulingFromAMissionWithTwoParticipantsInTokyoThenRevisingIt() {
    String missionTitle = "Trade mission to Japan " + UUID.randomUUID();
    long missionId = planThroughApi(missionTitle);
    Browser browser = new Browser();
    Document mission = browser.signIn(page("missions/mission.xhtml?id=" + missionId), "officer");
    Element schedule = mission.getElementById("actions:schedule-meeting");
    assertEquals("Schedule a meeting", schedule.text());

    Document form = browser.open(page("missions/").resolve(schedule.attr("href")));
    assertEquals(
        missionTitle + " (Jun 8, 2026)",
        selectedText(form, "meeting:missionId"),
        "the mission comes preset");
    assertEquals("JP", selected(form, "meeting:country"), "and its counterpart country");
    assertEquals("America/Toronto", selected(form, "meeting:timeZone"), "no meeting yet: Ottawa");
    assertEquals("Protected A", selectedText(form, "meeting:classification"));
    assertTrue(form.select("#meeting tbody tr").isEmpty(), "no participant rows to begin with");

    String title = "Canola talks in Tokyo " + UUID.randomUUID();
    Map<String, String> particulars =
        Map.of(
            "meeting:title", title,
            "meeting:kind", "BILATERAL",
            "meeting:startsAt", "2026-06-10T14:00",
            "meeting:endsAt", "2026-06-10T15:30",
            "meeting:timeZone", "Asia/Tokyo",
            "meeting:location", "Tokyo",
            "meeting:country", "JP",
            "meeting:topics", "CANOLA",
            "meeting:classification", "PROTECTED_A");
    Document oneRow = browser.submit(form, "meeting", particulars, "meeting:add-participant");
    assertEquals(title, oneRow.getElementById("meeting:title").val(), "what was typed stays");
    String carney = option(oneRow, "meeting:participants:0:stakeholderId", "Mark Carney");
    String xi = option(oneRow, "meeting:participants:0:stakeholderId", "Xi Jinping");

    Document twoRows =
        browser.submit(
            oneRow,
            "meeting",
            Map.of(
                "meeting:participants:0:stakeholderId", carney,
                "meeting:participants:0:side", "OURS",
                "meeting:participants:0:role", "Head of delegation"),
            "meeting:add-participant");
    Document threeRows =
        browser.submit(
            twoRows,
            "meeting",
            Map.of(
                "meeting:participants:1:stakeholderId", xi,
                "meeting:participants:1:side", "COUNTERPART",
                "meeting:participants:1:role", "Host"),
            "meeting:add-participant");
    assertEquals(3, threeRows.select("#meeting tbody tr").size());
    Document back = browser.submit(threeRows, "meeting", Map.of(), "meeting:participants:2:remove");
    assertEquals(2, back.select("#meeting tbody tr").size());
    assertTrue(
        selectedText(back, "meeting:participants:0:stakeholderId").startsWith("Mark Carney"));
    assertEquals("Host", back.getElementById("meeting:participants:1:role").val());
    assertEquals("Asia/Tokyo", selected(back, "meeting:timeZone"));

    Document scheduled = browser.submit(back, "meeting", Map.of(), "meeting:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/meetings/meeting.xhtml"));
    assertEquals(
        "Meeting “" + title + "” scheduled.", scheduled.selectFirst(".notice-info").text());
    assertEquals("Protected A", scheduled.selectFirst(".marking-banner").text());
    assertEquals("Scheduled", scheduled.getElementById("status").text());
    assertEquals(
        "Jun 10, 2026, 2:00 PM – 3:30 PM (Asia/Tokyo)",
        scheduled.getElementById("local-time").text());
    assertEquals("Jun 10, 2026, 1:00 AM – 2:30 AM", scheduled.getElementById("ottawa-time").text());
    assertEquals("Japan", scheduled.getElementById("country").text());
    assertEquals(missionTitle, scheduled.getElementById("mission-link").text());
    assertEquals(2, scheduled.select("#participants tbody tr").size());
    assertTrue(rowWith(scheduled, "Mark Carney").text().contains("Head of delegation"));
    assertTrue(rowWith(scheduled, "Xi Jinping").text().contains("Counterpart"));
    assertEquals(List.of("Canola"), scheduled.select("#topics li").eachText());

    String id = browser.lastResponse().uri().getQuery().replace("id=", "");
    Document edit = browser.open(page("meetings/edit.xhtml?id=" + id));
    assertEquals("2026-06-10T14:00", edit.getElementById("meeting:startsAt").val());
    assertEquals("Asia/Tokyo", selected(edit, "meeting:timeZone"));
    assertTrue(selectedText(edit, "meeting:participants:1:stakeholderId").startsWith("Xi Jinping"));
    Document revised =
        browser.submit(edit, "meeting", Map.of("meeting:location", "Osaka"), "meeting:save");
    assertEquals("Meeting “" + title + "” saved.", revised.selectFirst(".notice-info").text());
    assertEquals("Osaka", revised.getElementById("location").text());
    assertEquals(2, revised.select("#participants tbody tr").size(), "the participants stay");
    assertEquals(List.of("Canola"), revised.select("#topics li").eachText(), "so do the topics");

    Document history = browser.open(page("meetings/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(2, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("Created"), rows.get(0).text());
    assertTrue(rows.get(1).text().contains("officer"), rows.get(1).text());
    assertTrue(rows.get(1).text().endsWith("Location"), rows.get(1).text());

    Document next = browser.open(page("missions/").resolve(schedule.attr("href")));
    assertEquals(
        "Asia/Tokyo", selected(next, "meeting:timeZone"), "the zone of the mission's meetings");
  }

  @Test
  void validationMessagesStandNextToTheirFieldsAndRowsInEitherLanguage() {
    Browser browser = new Browser();
    Document form = browser.signIn(page("meetings/edit.xhtml"), "officer");
    Document withRow = browser.submit(form, "meeting", Map.of(), "meeting:add-participant");

    Map<String, String> fields = new HashMap<>();
    fields.put("meeting:title", "");
    fields.put("meeting:kind", "CALL");
    fields.put("meeting:startsAt", "2026-03-10T15:00");
    fields.put("meeting:endsAt", "2026-03-10T14:00");
    fields.put("meeting:timeZone", "Europe/Paris");
    fields.put("meeting:country", "FR");
    fields.put("meeting:participants:0:role", "Note-taker");
    Document refused = browser.submit(withRow, "meeting", fields, "meeting:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Give the meeting a title.", messageNextTo(refused, "meeting:title"));
    assertEquals("The meeting must end after it starts.", messageNextTo(refused, "meeting:endsAt"));
    assertEquals(
        "Choose the stakeholder taking part.",
        messageNextTo(refused, "meeting:participants:0:stakeholderId"));
    assertEquals(
        "Say which side the participant is on.",
        messageNextTo(refused, "meeting:participants:0:side"));
    assertEquals("", messageNextTo(refused, "meeting:participants:0:role"));
    assertEquals("Note-taker", refused.getElementById("meeting:participants:0:role").val());
    assertEquals("2026-03-10T15:00", refused.getElementById("meeting:startsAt").val());

    Element toggle = refused.getElementById("language-toggle");
    Document french = browser.open(page("meetings/edit.xhtml").resolve(toggle.attr("href")));
    assertEquals("Planifier une réunion", french.selectFirst("main h1").text());
    Document refusedInFrench =
        browser.submit(
            french,
            "meeting",
            Map.of(
                "meeting:title", "",
                "meeting:kind", "CALL",
                "meeting:startsAt", "2026-03-10T14:00",
                "meeting:endsAt", "2026-03-10T15:00",
                "meeting:timeZone", "Europe/Paris",
                "meeting:country", "FR"),
            "meeting:save");
    assertEquals("Donnez un titre à la réunion.", messageNextTo(refusedInFrench, "meeting:title"));
  }

  @Test
  void recordingTheReadoutHoldsTheMeetingAndTheFlagsExplainTheCarveOut() {
    String title = "Telecommunications dialogue " + UUID.randomUUID();
    long id = scheduleThroughApi("officer", "UNCLASSIFIED", title, "CN", "\"TELECOMMUNICATIONS\"");
    Browser browser = new Browser();
    Document meeting = browser.signIn(page("meetings/meeting.xhtml?id=" + id), "officer");

    assertEquals("Scheduled", meeting.getElementById("status").text());
    assertEquals(
        "This meeting touches a carve-out that prohibits agreements.",
        meeting.getElementById("flags-verdict").text());
    assertTrue(
        meeting
            .select("#flags li")
            .eachText()
            .contains(
                "The topic “Telecommunications” is within the National security carve-out."
                    + " An agreement on it would be refused."),
        meeting.select("#flags").outerHtml());

    Document tooLong =
        browser.submit(
            meeting,
            "readout-form",
            Map.of("readout-form:readout", "x".repeat(8001)),
            "readout-form:hold");
    assertEquals(
        "Keep the readout under 8000 characters.", messageNextTo(tooLong, "readout-form:readout"));
    assertEquals("Scheduled", tooLong.getElementById("status").text());

    String readout = "Both sides agreed to meet again in the autumn.";
    Document held =
        browser.submit(
            tooLong, "readout-form", Map.of("readout-form:readout", readout), "readout-form:hold");

    assertEquals(
        "Readout recorded: the meeting was held.", held.selectFirst(".notice-info").text());
    assertEquals("Held", held.getElementById("status").text());
    assertEquals(readout, held.getElementById("readout-text").text());
    assertNull(held.getElementById("readout-form:hold"), "a held meeting is not held again");
    assertNull(held.getElementById("actions:ask-cancel"), "nor cancelled");
    assertNotNull(held.getElementById("readout-form:save-readout"));

    Document history = browser.open(page("meetings/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(2, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(1).text().endsWith("Readout, Status"), rows.get(1).text());
  }

  @Test
  void cancellingAsksOnceMoreAndTheMeetingStaysOnFile() {
    String title = "Trade call " + UUID.randomUUID();
    long id = scheduleThroughApi("officer", "UNCLASSIFIED", title, "CA", "");
    Browser browser = new Browser();
    Document meeting = browser.signIn(page("meetings/meeting.xhtml?id=" + id), "officer");

    Document asked = browser.submit(meeting, "actions", Map.of(), "actions:ask-cancel");
    assertEquals("Scheduled", asked.getElementById("status").text(), "nothing done yet");
    assertTrue(
        asked.getElementById("actions:cancel-confirmation").text().contains("stays on file"));
    Document kept = browser.submit(asked, "actions", Map.of(), "actions:keep");
    assertNull(kept.getElementById("actions:cancel-confirmation"));
    assertEquals("Scheduled", kept.getElementById("status").text());

    Document askedAgain = browser.submit(kept, "actions", Map.of(), "actions:ask-cancel");
    Document cancelled = browser.submit(askedAgain, "actions", Map.of(), "actions:confirm-cancel");

    assertEquals(
        "Meeting cancelled. It stays on file.", cancelled.selectFirst(".notice-info").text());
    assertEquals("Cancelled", cancelled.getElementById("status").text());
    assertNull(cancelled.getElementById("readout-form"));
    assertNull(cancelled.getElementById("actions:ask-cancel"));
    Element listed = rowWith(browser.open(page("meetings/?status=CANCELLED&q=" + q(title))), title);
    assertNotNull(listed, "a cancelled meeting is still listed");
    assertTrue(listed.text().contains("Cancelled"));
  }

  @Test
  void aReadoutRefusedForAChangeMeanwhileStaysInItsFieldToBeRecordedAgain() {
    String title = "Fisheries call " + UUID.randomUUID();
    long id = scheduleThroughApi("officer", "UNCLASSIFIED", title, "CA", "");
    Browser browser = new Browser();
    Document meeting = browser.signIn(page("meetings/meeting.xhtml?id=" + id), "officer");

    ApiClient api = ApiClient.as(deployment, "approver");
    var read = api.get("meetings/" + id);
    var revised =
        api.put(
            api.uri("meetings/" + id),
            Answers.etag(read),
            body(title, "CA", "Gatineau", "", "UNCLASSIFIED"));
    assertEquals(200, revised.statusCode(), revised.body());

    String readout = "Quotas for the coming season were discussed.";
    Document refused =
        browser.submit(
            meeting, "readout-form", Map.of("readout-form:readout", readout), "readout-form:hold");
    assertTrue(
        refused.selectFirst(".notice-warn").text().startsWith("Someone else changed this meeting"),
        refused.select("main").outerHtml());
    assertEquals("Gatineau", refused.getElementById("location").text(), "shown as it now stands");
    assertEquals("Scheduled", refused.getElementById("status").text());
    assertEquals(readout, refused.getElementById("readout-form:readout").val(), "the readout kept");

    Document held = browser.submit(refused, "readout-form", Map.of(), "readout-form:hold");
    assertEquals("Held", held.getElementById("status").text());
    assertEquals(readout, held.getElementById("readout-text").text());
  }

  /** The value of the first option of a select whose label starts with {@code label}. */
  private static String option(Document page, String selectId, String label) {
    Element option =
        page.getElementById(selectId).select("option").stream()
            .filter(o -> o.text().startsWith(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no option " + label + " in " + selectId));
    return option.val();
  }

  private static String selected(Document page, String selectId) {
    Element option = page.getElementById(selectId).selectFirst("option[selected]");
    return option == null ? "" : option.val();
  }

  private static String selectedText(Document page, String selectId) {
    Element option = page.getElementById(selectId).selectFirst("option[selected]");
    return option == null ? "" : option.text();
  }

  private long planThroughApi(String title) {
    var response =
        ApiClient.as(deployment, "officer")
            .postJson(
                "missions",
                """
                {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
                 "startDate": "2026-06-08", "endDate": "2026-06-12", "lead": "Minister",
                 "objectives": "Open the market", "classification": "PROTECTED_A"}
                """
                    .formatted(title));
    return Records.idOfCreated(response);
  }

  /** Mark Carney's stakeholder id, from the demo's bilateral with President Xi. */
  private long carney() {
    return Records.carney(ApiClient.as(deployment, "viewer"));
  }

  private long scheduleThroughApi(
      String account, String classification, String title, String country, String topics) {
    var response =
        ApiClient.as(deployment, account)
            .postJson("meetings", body(title, country, "Ottawa", topics, classification));
    return Records.idOfCreated(response);
  }

  /** A call with Mark Carney, on 4 May 2026 in Ottawa time. */
  private String body(
      String title, String country, String location, String topics, String classification) {
    return """
        {"title": "%s", "kind": "CALL",
         "startsAt": "2026-05-04T14:00:00Z", "endsAt": "2026-05-04T15:00:00Z",
         "timeZone": "America/Toronto", "location": "%s", "country": "%s",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Lead"}],
         "topics": [%s], "agenda": "Co-operation", "classification": "%s"}
        """
        .formatted(title, location, country, carney(), topics, classification);
  }
}
