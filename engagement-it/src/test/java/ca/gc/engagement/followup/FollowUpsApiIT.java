package ca.gc.engagement.followup;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.fields;
import static ca.gc.engagement.support.Answers.history;
import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static ca.gc.engagement.support.Records.readBackAsCreated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 follow-ups over real HTTP: recorded, revised, closed and reopened, and listed. */
class FollowUpsApiIT extends AgainstTheBuiltEar {

  /** A mission of the officer's to hang follow-ups on. */
  private long mission(ApiClient officer) {
    HttpResponse<String> created =
        officer.postJson(
            "missions",
            """
            {"title": "Trade mission to Seoul %s", "counterpartCountry": "KR", "hostCity": "Seoul",
             "startDate": "2026-05-04", "endDate": "2026-05-06", "lead": "Minister of Trade",
             "classification": "UNCLASSIFIED"}
            """
                .formatted(UUID.randomUUID()));
    return Records.idOfCreated(created);
  }

  private static String body(String description, long mission, String dueDate) {
    return """
        {"description": "%s", "originKind": "MISSION", "originId": %d,
         "owner": "Korea Division", "dueDate": "%s", "classification": "PROTECTED_A"}
        """
        .formatted(description, mission, dueDate);
  }

  private static String unique(String description) {
    return description + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aRecordedFollowUpAnswers201WithItsLocationAndReadsBackTheSame() {
    var officer = ApiClient.as(deployment, "officer");
    long mission = mission(officer);
    String description = unique("Send the minister's letter of thanks");

    HttpResponse<String> created =
        officer.postJson("follow-ups", body(description, mission, "2026-05-20"));

    JsonObject followUp = readBackAsCreated(created, "follow-ups", officer);
    assertEquals(description, followUp.getString("description"));
    assertEquals("MISSION", followUp.getString("originKind"));
    assertEquals(mission, followUp.getJsonNumber("originId").longValue());
    assertEquals("Korea Division", followUp.getString("owner"));
    assertEquals("2026-05-20", followUp.getString("dueDate"));
    assertEquals("OPEN", followUp.getString("status"));
    assertEquals("PROTECTED_A", followUp.getString("classification"));
    assertEquals(0, followUp.getInt("version"));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOn() {
    var officer = ApiClient.as(deployment, "officer");
    long mission = mission(officer);
    String description = unique("Brief the provinces");
    HttpResponse<String> created =
        officer.postJson("follow-ups", body(description, mission, "2026-05-20"));
    URI location = location(created);

    problem(officer.put(location, null, body(description, mission, "2026-06-01")), 428);
    HttpResponse<String> revised =
        officer.put(location, etag(created), body(description, mission, "2026-06-01"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals("2026-06-01", json(revised).getString("dueDate"));
    assertNotEquals(etag(created), etag(revised));
    problem(
        ApiClient.as(deployment, "approver")
            .put(location, etag(created), body(description, mission, "2026-07-01")),
        412);
    assertEquals("2026-06-01", json(officer.get(location)).getString("dueDate"));
  }

  @Test
  void aCompletionThenAReopeningShowInTheHistory() {
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created =
        officer.postJson(
            "follow-ups", body(unique("Circulate the readout"), mission(officer), "2026-05-08"));
    URI location = location(created);

    problem(officer.post(URI.create(location + "/completion"), null, null), 428);
    HttpResponse<String> done =
        officer.post(URI.create(location + "/completion"), etag(created), null);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals("DONE", json(done).getString("status"));
    JsonObject twice =
        problem(officer.post(URI.create(location + "/completion"), etag(done), null), 409);
    assertEquals(
        "A follow-up cannot go from DONE to DONE. Allowed from DONE: OPEN.",
        twice.getString("detail"));
    HttpResponse<String> reopened =
        officer.post(URI.create(location + "/reopening"), etag(done), null);
    assertEquals(200, reopened.statusCode(), reopened.body());
    assertEquals("OPEN", json(reopened).getString("status"));
    problem(officer.post(URI.create(location + "/drop"), etag(done), null), 412);
    HttpResponse<String> dropped =
        officer.post(URI.create(location + "/drop"), etag(reopened), null);
    assertEquals("DROPPED", json(dropped).getString("status"));

    List<JsonObject> revisions = history(officer.get(URI.create(location + "/history")));
    assertEquals(
        List.of("CREATED", "CHANGED", "CHANGED", "CHANGED"),
        revisions.stream().map(r -> r.getString("change")).toList());
    for (JsonObject step : revisions.subList(1, 4)) {
      assertEquals(List.of("status"), fields(step));
      assertEquals("officer", step.getString("by"));
    }
    assertEquals(
        List.of("DROPPED"),
        items(
                officer.get(
                    "follow-ups?q=" + json(created).getString("description").replace(' ', '+')))
            .stream()
            .map(f -> f.getString("status"))
            .toList());
    problem(
        ApiClient.as(deployment, "viewer")
            .post(URI.create(location + "/reopening"), etag(dropped), null),
        403);
  }

  @Test
  void theListFindsFollowUpsByWordsStatusAndDueDate() {
    var officer = ApiClient.as(deployment, "officer");
    long mission = mission(officer);
    String word = "Kimchi" + UUID.randomUUID().toString().substring(0, 6);
    officer.postJson("follow-ups", body("Tariff table " + word, mission, "2026-06-15"));
    HttpResponse<String> second =
        officer.postJson("follow-ups", body("Visa question " + word, mission, "2026-09-30"));
    officer.post(URI.create(location(second) + "/completion"), etag(second), null);

    assertEquals(
        List.of("Tariff table " + word, "Visa question " + word),
        descriptions(officer.get("follow-ups?q=" + word.toUpperCase())));
    assertEquals(
        List.of("Visa question " + word, "Tariff table " + word),
        descriptions(officer.get("follow-ups?q=" + word + "&sort=dueDate,desc")));
    assertEquals(
        List.of("Visa question " + word),
        descriptions(officer.get("follow-ups?q=" + word + "&status=DONE")));
    assertEquals(
        List.of("Tariff table " + word),
        descriptions(officer.get("follow-ups?q=" + word + "&from=2026-06-01&to=2026-06-30")));
    assertEquals(List.of(), descriptions(officer.get("follow-ups?q=" + word + "&from=2026-10-01")));
  }

  @Test
  void theDemoFollowUpsAreListedSoonestDueFirst() {
    List<String> owners =
        items(ApiClient.as(deployment, "viewer").get("follow-ups?to=2026-12-31&size=200")).stream()
            .map(f -> f.getString("owner"))
            .toList();
    assertTrue(
        owners.indexOf("Greater China Division") < owners.indexOf("APEC Senior Official's office"),
        "" + owners);
  }

  @Test
  void anInvalidFollowUpIsA400NamingEachFieldAndAnUnknownOriginA422() {
    var officer = ApiClient.as(deployment, "officer");
    assertEquals(
        Map.of(
            "description", "Say what is to be done.",
            "originKind",
                "Say whether the follow-up comes from a mission, a meeting or an agreement.",
            "dueDate", "Give the date it is due."),
        errors(
            officer.postJson(
                "follow-ups",
                """
                {"description": "", "originId": 1, "owner": "Korea Division",
                 "classification": "UNCLASSIFIED"}
                """)));
    assertEquals(
        Map.of("originId", "There is no mission 987654321."),
        errors(officer.postJson("follow-ups", body("Orphan", 987654321L, "2026-05-20")), 422));
    assertEquals(
        Map.of(
            "status", "Filter by one of these statuses: OPEN, DONE, DROPPED.",
            "chronological", "The end of the date range cannot come before its start."),
        errors(officer.get("follow-ups?status=LATE&from=2026-02-01&to=2026-01-01")));
    assertEquals(
        Map.of(
            "country",
            "This list is not filtered or sorted by country; it takes q, status, from, to, sort."),
        errors(officer.get("follow-ups?country=KR")));
  }

  /** A sector or a parameter the list does not take is a 400 naming it, as on every list. */
  @Test
  void aSectorOrAParameterTheListDoesNotTakeIsA400NamingIt() {
    var viewer = ApiClient.as(deployment, "viewer");
    for (String parameter : List.of("sector=UNOBTAINIUM", "owner=Korea+Division")) {
      String name = parameter.substring(0, parameter.indexOf('='));
      assertEquals(
          Map.of(
              name,
              "This list is not filtered or sorted by "
                  + name
                  + "; it takes q, status, from, to, sort."),
          errors(viewer.get("follow-ups?" + parameter)),
          parameter);
    }
  }

  @Test
  void unknownFollowUpsWrongRolesAndNoCredentialsAreRefused() {
    var viewer = ApiClient.as(deployment, "viewer");
    problem(viewer.get("follow-ups/987654321"), 404);
    problem(viewer.get("follow-ups/987654321/history"), 404);
    problem(viewer.postJson("follow-ups", body("Viewer's note", 1, "2026-05-20")), 403);
    problem(ApiClient.anonymous(deployment).get("follow-ups"), 401);
  }

  private static List<String> descriptions(HttpResponse<String> list) {
    return items(list).stream().map(f -> f.getString("description")).toList();
  }
}
