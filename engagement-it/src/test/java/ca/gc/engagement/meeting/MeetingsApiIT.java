package ca.gc.engagement.meeting;

import static ca.gc.engagement.support.Answers.array;
import static ca.gc.engagement.support.Answers.each;
import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static ca.gc.engagement.support.Answers.strings;
import static ca.gc.engagement.support.Answers.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 meetings over real HTTP, as another department's system sees them. */
class MeetingsApiIT extends AgainstTheBuiltEar {

  private static final String XI_BILATERAL = "Bilateral meeting with President Xi Jinping";
  private static final String BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  private static String q(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  /** The demo's bilateral with President Xi, as a viewer lists it. */
  private JsonObject xiBilateral() {
    HttpResponse<String> found =
        ApiClient.as(deployment, "viewer").get("meetings?q=" + q(XI_BILATERAL));
    assertEquals(1, total(found), found.body());
    return json(found).getJsonArray("items").getJsonObject(0);
  }

  /** A stakeholder on file: Mark Carney, on our side of the bilateral. */
  private long carney() {
    return xiBilateral()
        .getJsonArray("participants")
        .getJsonObject(0)
        .getJsonNumber("stakeholderId")
        .longValue();
  }

  private String body(String title, String topics, String agenda) {
    return """
        {"title": "%s", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"}],
         "topics": [%s], "agenda": "%s", "classification": "UNCLASSIFIED"}
        """
        .formatted(title, carney(), topics, agenda);
  }

  /**
   * A participant changed in place is, for the audit trail, one removed and one added at the same
   * position in the same revision: the edit is kept like any other, not refused at commit.
   */
  @Test
  void aParticipantChangedInPlaceIsKeptAndItsHistoryShowsTheChange() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Canola talks " + UUID.randomUUID();
    HttpResponse<String> created = schedule(title);
    URI location = location(created);
    String newRole =
        body(title, "\"CANOLA\"", "Canola exports").replace("Head of delegation", "Deputy head");

    HttpResponse<String> revised = officer.put(location, etag(created), newRole);

    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(
        "Deputy head",
        json(officer.get(location))
            .getJsonArray("participants")
            .getJsonObject(0)
            .getString("role"));
    assertEquals(2, array(officer.get(URI.create(location + "/history"))).size());
  }

  private HttpResponse<String> schedule(String title) {
    HttpResponse<String> created =
        ApiClient.as(deployment, "officer")
            .postJson("meetings", body(title, "\"CANOLA\"", "Canola exports"));
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  @Test
  void aScheduledMeetingAnswers201WithItsLocationAndReadsBackTheSame() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Canola talks in Tokyo " + UUID.randomUUID();
    long carney = carney();

    HttpResponse<String> created = schedule(title);
    String location = location(created).toString();
    assertTrue(location.matches(".*/engagement/api/v1/meetings/\\d+"), location);
    JsonObject body = json(created);

    HttpResponse<String> read = officer.get(URI.create(location));
    assertEquals(200, read.statusCode());
    assertEquals(etag(created), etag(read));
    JsonObject meeting = json(read);
    assertEquals(body, meeting);
    assertEquals(location.substring(location.lastIndexOf('/') + 1), "" + meeting.getInt("id"));
    assertEquals(0, meeting.getInt("version"));
    assertEquals(title, meeting.getString("title"));
    assertEquals("BILATERAL", meeting.getString("kind"));
    assertEquals("2026-05-04T01:00:00Z", meeting.getString("startsAt"));
    assertEquals("2026-05-04T02:30:00Z", meeting.getString("endsAt"));
    assertEquals("Asia/Tokyo", meeting.getString("timeZone"));
    assertEquals("Tokyo", meeting.getString("location"));
    assertEquals("JP", meeting.getString("country"));
    JsonObject participant = meeting.getJsonArray("participants").getJsonObject(0);
    assertEquals(carney, participant.getJsonNumber("stakeholderId").longValue());
    assertEquals("OURS", participant.getString("side"));
    assertEquals("Head of delegation", participant.getString("role"));
    assertEquals(List.of("CANOLA"), strings(meeting, "topics"));
    assertEquals("Canola exports", meeting.getString("agenda"));
    assertEquals("SCHEDULED", meeting.getString("status"));
    assertEquals("UNCLASSIFIED", meeting.getString("classification"));
    assertFalse(meeting.containsKey("readout"), "no readout before it is held");
    assertEquals("CLEAR", meeting.getJsonObject("carveOutFlags").getString("verdict"));
    assertTrue(meeting.getJsonObject("carveOutFlags").getJsonArray("matches").isEmpty());
  }

  @Test
  void aMeetingOnACarvedOutSectorIsFlaggedNotRefused() {
    HttpResponse<String> created =
        ApiClient.as(deployment, "officer")
            .postJson(
                "meetings",
                body("Research talks " + UUID.randomUUID(), "\"ARCTIC\"", "Research stations")
                    .replace("\"JP\"", "\"CN\""));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject flags = json(created).getJsonObject("carveOutFlags");
    assertEquals("PROHIBITED", flags.getString("verdict"));
    JsonObject match = flags.getJsonArray("matches").getJsonObject(0);
    assertEquals("ARCTIC", match.getString("carveOut"));
    assertEquals("SECTOR", match.getString("kind"));
    assertEquals("ARCTIC", match.getString("value"));
    assertFalse(match.getString("reason").isBlank());
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndLosesToAnEarlierOne() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Seafood talks " + UUID.randomUUID();
    HttpResponse<String> created = schedule(title);
    URI location = location(created);
    String renamed = body(title + " (renamed)", "\"SEAFOOD\"", "Lobster and crab");

    HttpResponse<String> withoutTag = officer.put(location, null, renamed);
    assertEquals("428 precondition-required", problem(withoutTag));

    HttpResponse<String> revised = officer.put(location, etag(created), renamed);
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(title + " (renamed)", json(revised).getString("title"));
    assertEquals(List.of("SEAFOOD"), strings(json(revised), "topics"));
    assertEquals(1, json(revised).getInt("version"));
    assertNotEquals(etag(created), etag(revised));

    HttpResponse<String> stale =
        ApiClient.as(deployment, "approver").put(location, etag(created), body(title, "", ""));
    assertEquals("412 stale-record", problem(stale));
    assertEquals(title + " (renamed)", json(officer.get(location)).getString("title"));

    HttpResponse<String> history = officer.get(URI.create(location + "/history"));
    assertEquals(200, history.statusCode());
    var revisions = array(history);
    assertEquals(List.of("CREATED", "CHANGED"), each(revisions, "change"));
    assertEquals(List.of("officer", "officer"), each(revisions, "by"));
    assertTrue(
        revisions.getJsonObject(1).getJsonArray("fields").toString().contains("title"),
        history.body());
  }

  @Test
  void aMeetingIsHeldWithItsReadoutOnceAndNeverAfterACancellation() {
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created = schedule("Pulse talks " + UUID.randomUUID());
    URI readout = URI.create(location(created) + "/readout");

    assertEquals(
        "428 precondition-required",
        problem(officer.post(readout, null, "{\"readout\": \"Agreed to talk again.\"}")));
    HttpResponse<String> held =
        officer.post(readout, etag(created), "{\"readout\": \"Agreed to talk again.\"}");
    assertEquals(200, held.statusCode(), held.body());
    assertEquals("HELD", json(held).getString("status"));
    assertEquals("Agreed to talk again.", json(held).getString("readout"));
    assertEquals(1, json(held).getInt("version"));

    assertEquals(
        "409 illegal-transition",
        problem(officer.post(readout, etag(held), "{\"readout\": \"Again.\"}")));
    assertEquals(
        "409 illegal-transition",
        problem(officer.post(URI.create(location(created) + "/cancellation"), etag(held), null)));

    HttpResponse<String> other = schedule("Pork talks " + UUID.randomUUID());
    URI cancellation = URI.create(location(other) + "/cancellation");
    HttpResponse<String> cancelled = officer.post(cancellation, etag(other), null);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", json(cancelled).getString("status"));
    assertEquals(
        "412 stale-record",
        problem(
            officer.post(
                URI.create(location(other) + "/readout"),
                etag(other),
                "{\"readout\": \"It was held after all.\"}")));
    assertEquals("CANCELLED", json(officer.get(location(other))).getString("status"));
  }

  @Test
  void theListFiltersByWordsSectorCountryAndStatus() {
    var viewer = ApiClient.as(deployment, "viewer");
    String word = "Kelp" + UUID.randomUUID().toString().substring(0, 6);
    schedule("Fisheries talks " + word);

    assertEquals(1, total(viewer.get("meetings?q=" + word + "&sector=AGRI_FOOD&country=JP")));
    assertEquals(0, total(viewer.get("meetings?q=" + word + "&country=CN")));
    assertEquals(0, total(viewer.get("meetings?q=" + word + "&status=HELD")));
    assertEquals(1, total(viewer.get("meetings?q=" + word + "&from=2026-05-03&to=2026-05-05")));

    JsonObject page = json(viewer.get("meetings?sort=date,asc&size=1"));
    assertEquals(1, page.getInt("size"));
    assertEquals(1, page.getJsonArray("items").size());
    assertTrue(page.getJsonNumber("total").longValue() >= 3);
    assertEquals(
        Map.of("size", "A page holds between 1 and 200 records."),
        errors(viewer.get("meetings?size=0")));
  }

  @Test
  void theDemosBilateralIsListedInBeijingTimeWithBothSides() {
    JsonObject xi = xiBilateral();
    assertEquals("2026-01-16T02:00:00Z", xi.getString("startsAt"));
    assertEquals("Asia/Shanghai", xi.getString("timeZone"));
    assertEquals("HELD", xi.getString("status"));
    assertEquals(List.of("OURS", "COUNTERPART"), each(xi.getJsonArray("participants"), "side"));
    assertEquals("CLEAR", xi.getJsonObject("carveOutFlags").getString("verdict"));
  }

  @Test
  void aViewerSeesTheSecretBriefingNeitherInTheListNorById() {
    HttpResponse<String> asApprover =
        ApiClient.as(deployment, "approver").get("meetings?q=" + q(BRIEFING));
    assertEquals(1, total(asApprover));
    JsonObject briefing = json(asApprover).getJsonArray("items").getJsonObject(0);
    assertEquals("SECRET", briefing.getString("classification"));
    assertEquals(
        "NATIONAL_SECURITY",
        briefing
            .getJsonObject("carveOutFlags")
            .getJsonArray("matches")
            .getJsonObject(0)
            .getString("carveOut"));

    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(0, total(viewer.get("meetings?q=" + q(BRIEFING))));
    assertTrue(
        json(viewer.get("meetings?size=200")).getJsonArray("items").stream()
            .noneMatch(m -> m.asJsonObject().getString("title").equals(BRIEFING)));
    long id = briefing.getJsonNumber("id").longValue();
    assertEquals("404 not-found", problem(viewer.get("meetings/" + id)));
    assertEquals("404 not-found", problem(viewer.get("meetings/" + id + "/history")));
  }

  @Test
  void anInvalidMeetingIsA400ProblemWithOneEntryPerFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = total(officer.get("meetings?size=1"));

    HttpResponse<String> refused =
        officer.postJson(
            "meetings",
            """
            {"title": "", "kind": "BILATERAL",
             "startsAt": "2026-05-04T02:00:00Z", "endsAt": "2026-05-04T01:00:00Z",
             "timeZone": "Mars/Olympus", "country": "Japan",
             "participants": [{"stakeholderId": %d}, null], "topics": [null, "canola"]}
            """
                .formatted(carney()));

    assertEquals(
        Map.of(
            "title", "Give the meeting a title.",
            "endsAt", "The meeting must end after it starts.",
            "timeZone", "Use a time zone name such as Asia/Shanghai or America/Toronto.",
            "country", "Choose a country by its two-letter ISO code (for example CA or CN).",
            "participants[0].side", "Say which side the participant is on.",
            "topics",
                "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "classification", "Choose the record's classification."),
        errors(refused));
    assertEquals(before, total(officer.get("meetings?size=1")));
  }

  @Test
  void aStakeholderNotOnFileIsRefusedNamingTheParticipant() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "officer")
            .postJson(
                "meetings",
                body("Talks " + UUID.randomUUID(), "", "")
                    .replace("\"stakeholderId\": " + carney(), "\"stakeholderId\": 987654321"));
    assertEquals("422 rule-violation", problem(refused));
    assertEquals(
        "participants[0].stakeholderId",
        json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  private long stakeholder(String name, String classification) {
    HttpResponse<String> created =
        ApiClient.as(deployment, "approver")
            .postJson(
                "stakeholders",
                """
                {"name": "%s", "kind": "EXPERT", "jurisdiction": "CN", "classification": "%s"}
                """
                    .formatted(name, classification));
    return Records.idOfCreated(created);
  }

  private String meetingWith(String title, String classification, String participants) {
    return """
        {"title": "%s", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [%s], "topics": [], "classification": "%s"}
        """
        .formatted(title, participants, classification);
  }

  /** A participant's name, side and role would reach every reader of a lower meeting. */
  @Test
  void aStakeholderClassifiedAboveTheMeetingIsRefusedNamingTheParticipant() {
    long secret = stakeholder("Source " + UUID.randomUUID(), "SECRET");
    String title = "Talks " + UUID.randomUUID();

    HttpResponse<String> refused =
        ApiClient.as(deployment, "approver")
            .postJson(
                "meetings",
                meetingWith(
                    title,
                    "PROTECTED_A",
                    """
                    {"stakeholderId": %d, "side": "OURS"},
                    {"stakeholderId": %d, "side": "COUNTERPART", "role": "Source"}"""
                        .formatted(carney(), secret)));

    assertEquals("422 rule-violation", problem(refused));
    assertEquals(
        "participants[1].stakeholderId",
        json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(0, total(ApiClient.as(deployment, "approver").get("meetings?q=" + q(title))));
    HttpResponse<String> secretMeeting =
        ApiClient.as(deployment, "approver")
            .postJson(
                "meetings",
                meetingWith(
                    title,
                    "SECRET",
                    "{\"stakeholderId\": %d, \"side\": \"COUNTERPART\"}".formatted(secret)));
    assertEquals(201, secretMeeting.statusCode(), secretMeeting.body());
  }

  /**
   * A stakeholder reclassified above a meeting after being linked to it (or linked before the rule
   * above): readers who may not see the stakeholder get the meeting without that participant, in
   * JSON, CSV and iCalendar alike, and an edit by one of them keeps it as it was.
   */
  @Test
  void aParticipantTheReaderMayNotSeeIsNeverShownAndTheirEditKeepsIt() {
    String envoyRole = "Envoy " + UUID.randomUUID();
    HttpResponse<String> envoyCreated =
        ApiClient.as(deployment, "approver")
            .postJson(
                "stakeholders",
                """
                {"name": "Envoy", "kind": "EXPERT", "jurisdiction": "CN",
                 "classification": "UNCLASSIFIED"}
                """);
    assertEquals(201, envoyCreated.statusCode(), envoyCreated.body());
    long envoy = json(envoyCreated).getJsonNumber("id").longValue();
    String title = "Quiet talks " + UUID.randomUUID();
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> scheduled =
        officer.postJson(
            "meetings",
            meetingWith(
                title,
                "UNCLASSIFIED",
                """
                {"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"},
                {"stakeholderId": %d, "side": "COUNTERPART", "role": "%s"}"""
                    .formatted(carney(), envoy, envoyRole)));
    assertEquals(201, scheduled.statusCode(), scheduled.body());
    URI meeting = location(scheduled);
    HttpResponse<String> reclassified =
        ApiClient.as(deployment, "approver")
            .put(
                location(envoyCreated),
                etag(envoyCreated),
                """
                {"name": "Envoy", "kind": "EXPERT", "jurisdiction": "CN",
                 "classification": "SECRET"}
                """);
    assertEquals(200, reclassified.statusCode(), reclassified.body());

    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> read = viewer.get(meeting);
    assertEquals(200, read.statusCode());
    assertEquals(1, json(read).getJsonArray("participants").size(), read.body());
    assertFalse(read.body().contains(envoyRole), read.body());
    assertFalse(read.body().contains("\"stakeholderId\":" + envoy), read.body());
    for (String format : List.of("csv", "ics")) {
      HttpResponse<String> export = viewer.get("meetings?format=" + format + "&q=" + q(title));
      assertEquals(200, export.statusCode(), format);
      assertTrue(export.body().contains("Quiet talks"), format + ": " + export.body());
      assertFalse(export.body().contains(envoyRole), format + ": " + export.body());
    }
    assertFalse(viewer.get("meetings?q=" + q(title)).body().contains(envoyRole), "the list's JSON");

    HttpResponse<String> officersCopy = officer.get(meeting);
    assertEquals(1, json(officersCopy).getJsonArray("participants").size());
    HttpResponse<String> revised =
        officer.put(
            meeting,
            etag(officersCopy),
            meetingWith(
                title,
                "UNCLASSIFIED",
                "{\"stakeholderId\": %d, \"side\": \"OURS\", \"role\": \"Deputy head\"}"
                    .formatted(carney())));
    assertEquals(200, revised.statusCode(), revised.body());
    assertFalse(revised.body().contains(envoyRole), revised.body());

    var participants =
        json(ApiClient.as(deployment, "approver").get(meeting)).getJsonArray("participants");
    assertEquals(2, participants.size(), participants.toString());
    assertEquals("Deputy head", participants.getJsonObject(0).getString("role"));
    assertEquals(envoy, participants.getJsonObject(1).getJsonNumber("stakeholderId").longValue());
    assertEquals("COUNTERPART", participants.getJsonObject(1).getString("side"));
    assertEquals(envoyRole, participants.getJsonObject(1).getString("role"));
  }

  @Test
  void anUnknownMeetingIsA404Problem() {
    assertEquals(
        "404 not-found", problem(ApiClient.as(deployment, "viewer").get("meetings/987654321")));
  }

  @Test
  void aViewerMayReadButNeitherScheduleNorHold() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(
        "403 forbidden",
        problem(viewer.postJson("meetings", body("Talks " + UUID.randomUUID(), "", ""))));
    HttpResponse<String> created = schedule("Talks " + UUID.randomUUID());
    assertEquals(
        "403 forbidden",
        problem(
            viewer.post(
                URI.create(location(created) + "/readout"), etag(created), "{\"readout\": \"\"}")));
  }

  @Test
  void nobodyGetsInWithoutCredentials() {
    HttpResponse<String> anonymous = ApiClient.anonymous(deployment).get("meetings");
    assertEquals("401 unauthenticated", problem(anonymous));
    assertTrue(
        anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }
}
