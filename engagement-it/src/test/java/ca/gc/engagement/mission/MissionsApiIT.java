package ca.gc.engagement.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 missions over real HTTP, as another department's system sees it. */
class MissionsApiIT extends AgainstTheBuiltEar {

  @Test
  void aPlannedMissionAnswers201WithItsLocationAndReadsBackTheSame() {
    String title = "Energy dialogue in Tokyo " + UUID.randomUUID();
    var officer = ApiClient.as(deployment, "officer");

    HttpResponse<String> created =
        officer.postJson(
            "missions",
            """
            {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
             "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Energy",
             "objectives": "Energy exports", "classification": "PROTECTED_A"}
            """
                .formatted(title));

    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.matches(".*/engagement/api/v1/missions/\\d+"), location);
    assertTrue(created.headers().firstValue("ETag").isPresent(), "ETag on create");
    JsonObject body = json(created);
    assertEquals(title, body.getString("title"));

    HttpResponse<String> read = officer.get(URI.create(location));
    assertEquals(200, read.statusCode());
    assertEquals(created.headers().firstValue("ETag"), read.headers().firstValue("ETag"));
    JsonObject mission = json(read);
    assertEquals(body, mission);
    assertEquals(title, mission.getString("title"));
    assertEquals("JP", mission.getString("counterpartCountry"));
    assertEquals("Tokyo", mission.getString("hostCity"));
    assertEquals("2026-04-20", mission.getString("startDate"));
    assertEquals("2026-04-22", mission.getString("endDate"));
    assertEquals("Minister of Energy", mission.getString("lead"));
    assertEquals("Energy exports", mission.getString("objectives"));
    assertEquals("PLANNED", mission.getString("status"));
    assertEquals("PROTECTED_A", mission.getString("classification"));
    assertEquals(0, mission.getInt("version"));
    assertEquals(location.substring(location.lastIndexOf('/') + 1), "" + mission.getInt("id"));
  }

  @Test
  void theListPagesAndCountsAndHoldsTheDemoMission() {
    HttpResponse<String> list = ApiClient.as(deployment, "viewer").get("missions?page=0&size=200");
    assertEquals(200, list.statusCode());
    JsonObject page = json(list);
    assertEquals(0, page.getInt("page"));
    assertEquals(200, page.getInt("size"));
    assertTrue(page.getJsonNumber("total").longValue() >= 1);
    assertTrue(
        page.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                m ->
                    m.getString("title")
                            .equals("Prime Minister's visit to the People's Republic of China")
                        && m.getString("lead").equals("Prime Minister Mark Carney")),
        list.body());
  }

  @Test
  void anInvalidMissionIsA400ProblemWithOneEntryPerFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = total(officer);

    HttpResponse<String> refused =
        officer.postJson(
            "missions",
            """
            {"title": "", "counterpartCountry": "China", "hostCity": "Beijing",
             "startDate": "2026-01-17", "endDate": "2026-01-13"}
            """);

    assertEquals(400, refused.statusCode());
    assertEquals("application/problem+json", mediaType(refused));
    JsonObject problem = json(refused);
    assertEquals(400, problem.getInt("status"));
    assertEquals("The request has invalid fields", problem.getString("title"));
    assertTrue(problem.getString("instance").endsWith("/engagement/api/v1/missions"));
    Map<String, String> errors = new TreeMap<>();
    problem
        .getJsonArray("errors")
        .forEach(
            e ->
                errors.put(
                    e.asJsonObject().getString("field"), e.asJsonObject().getString("message")));
    assertEquals(
        Map.of(
            "title", "Give the mission a title.",
            "counterpartCountry",
                "Choose a country by its two-letter ISO code (for example CA or CN).",
            "endDate", "The mission cannot end before it starts.",
            "lead", "Say who leads the mission.",
            "classification", "Choose the record's classification."),
        errors);
    assertEquals(before, total(officer));
  }

  @Test
  void malformedJsonIsA400ProblemNotAServerError() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "officer").postJson("missions", "{\"title\": \"unterminated");
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("application/problem+json", mediaType(refused));
    assertEquals("The request body cannot be read", json(refused).getString("title"));
  }

  @Test
  void aDateThatIsNoDateIsA400Problem() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "officer")
            .postJson(
                "missions",
                """
                {"title": "t", "counterpartCountry": "CN", "hostCity": "Beijing",
                 "startDate": "2026-13-45", "endDate": "2026-01-13", "lead": "x"}
                """);
    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals("application/problem+json", mediaType(refused));
  }

  @Test
  void anUnknownMissionIsA404Problem() {
    HttpResponse<String> missing = ApiClient.as(deployment, "viewer").get("missions/987654321");
    assertEquals(404, missing.statusCode());
    assertEquals("application/problem+json", mediaType(missing));
    assertEquals(404, json(missing).getInt("status"));
  }

  @Test
  void anotherMediaTypeIsA415Problem() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "officer").post("missions", "text/plain", "title=x");
    assertEquals(415, refused.statusCode());
    assertEquals("application/problem+json", mediaType(refused));
  }

  @Test
  void nobodyGetsInWithoutCredentials() {
    HttpResponse<String> anonymous = ApiClient.anonymous(deployment).get("missions");
    assertEquals(401, anonymous.statusCode());
    assertEquals("application/problem+json", mediaType(anonymous));
    String challenge = anonymous.headers().firstValue("WWW-Authenticate").orElseThrow();
    assertTrue(challenge.startsWith("Basic"), challenge);
    assertTrue(challenge.contains("Engagement Records"), challenge);
  }

  @Test
  void aViewerMayReadButNotPlan() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "viewer")
            .postJson(
                "missions",
                """
                {"title": "t", "counterpartCountry": "CN", "hostCity": "Beijing",
                 "startDate": "2026-01-13", "endDate": "2026-01-14", "lead": "x",
                 "classification": "UNCLASSIFIED"}
                """);
    assertEquals(403, refused.statusCode(), refused.body());
    assertEquals("application/problem+json", mediaType(refused));
  }

  @Test
  void theApiKeepsNoSessionForItsCallers() {
    HttpResponse<String> list = ApiClient.as(deployment, "viewer").get("missions");
    assertEquals(200, list.statusCode());
    assertTrue(list.headers().allValues("Set-Cookie").isEmpty(), list.headers().toString());
  }

  @Test
  void aWrongPasswordIsRefusedWithAProblemNotASignInPage() {
    HttpResponse<String> refused =
        ApiClient.withPassword(deployment, "officer", "guess").get("missions");
    assertEquals(401, refused.statusCode());
    assertEquals("application/problem+json", mediaType(refused));
    assertEquals("The user name or password is not right.", json(refused).getString("detail"));
    assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void everyDemoAccountSignsIn() {
    for (String account : new String[] {"viewer", "officer", "approver", "admin"}) {
      assertEquals(200, ApiClient.as(deployment, account).get("missions").statusCode(), account);
    }
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndLosesToAnEarlierOne() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Clean-energy mission " + UUID.randomUUID();
    HttpResponse<String> created = officer.postJson("missions", body(title));
    URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
    String etag = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> withoutTag = officer.put(location, null, body(title + " (renamed)"));
    assertEquals(428, withoutTag.statusCode());
    assertEquals("application/problem+json", mediaType(withoutTag));

    HttpResponse<String> revised = officer.put(location, etag, body(title + " (renamed)"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(title + " (renamed)", json(revised).getString("title"));
    assertEquals(1, json(revised).getInt("version"));
    String newTag = revised.headers().firstValue("ETag").orElseThrow();
    assertTrue(!newTag.equals(etag), "a new version, a new tag");

    HttpResponse<String> stale =
        ApiClient.as(deployment, "approver").put(location, etag, body(title + " (again)"));
    assertEquals(412, stale.statusCode());
    assertEquals("application/problem+json", mediaType(stale));
    assertEquals(title + " (renamed)", json(officer.get(location)).getString("title"));

    HttpResponse<String> history = officer.get(URI.create(location + "/history"));
    assertEquals(200, history.statusCode());
    try (var reader = Json.createReader(new StringReader(history.body()))) {
      var revisions = reader.readArray();
      assertEquals(2, revisions.size());
      assertEquals("CREATED", revisions.getJsonObject(0).getString("change"));
      assertEquals("officer", revisions.getJsonObject(0).getString("by"));
      assertEquals("CHANGED", revisions.getJsonObject(1).getString("change"));
      assertEquals("title", revisions.getJsonObject(1).getJsonArray("fields").getString(0));
    }
  }

  @Test
  void aMissionMovesOnItsLifecycleAndIsCancelledNotDeleted() {
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created =
        officer.postJson("missions", body("Lifecycle check " + UUID.randomUUID()));
    URI transitions =
        URI.create(created.headers().firstValue("Location").orElseThrow() + "/transitions");
    String etag = created.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> underway = officer.post(transitions, etag, "{\"to\": \"UNDERWAY\"}");
    assertEquals(200, underway.statusCode(), underway.body());
    assertEquals("UNDERWAY", json(underway).getString("status"));

    HttpResponse<String> back =
        officer.post(
            transitions,
            underway.headers().firstValue("ETag").orElseThrow(),
            "{\"to\": \"PLANNED\"}");
    assertEquals(409, back.statusCode());
    assertEquals("application/problem+json", mediaType(back));
    assertEquals(
        "A mission cannot go from UNDERWAY to PLANNED. Allowed from UNDERWAY: CANCELLED, COMPLETED.",
        json(back).getString("detail"));

    HttpResponse<String> cancelled =
        officer.post(
            transitions,
            underway.headers().firstValue("ETag").orElseThrow(),
            "{\"to\": \"CANCELLED\"}");
    assertEquals(200, cancelled.statusCode());
    assertEquals("CANCELLED", json(cancelled).getString("status"));
    assertEquals(428, officer.post(transitions, null, "{\"to\": \"COMPLETED\"}").statusCode());
  }

  @Test
  void theListFiltersByWordsCountryAndDates() {
    var officer = ApiClient.as(deployment, "officer");
    String word = "Kelp" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, officer.postJson("missions", body("Fisheries mission " + word)).statusCode());

    JsonObject found = json(officer.get("missions?q=" + word + "&country=JP&from=2026-04-01"));
    assertEquals(1, found.getJsonNumber("total").longValue());
    assertEquals(
        0,
        json(officer.get("missions?q=" + word + "&country=CN")).getJsonNumber("total").longValue());
    assertEquals(
        0,
        json(officer.get("missions?q=" + word + "&to=2026-01-01"))
            .getJsonNumber("total")
            .longValue());
  }

  @Test
  void listParametersThatMakeNoSenseAreA400NamingEachOne() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(
        Map.of("from", "Give the date as YYYY-MM-DD, for example 2026-01-13."),
        errors(viewer.get("missions?from=yesterday")));
    assertEquals(
        Map.of("size", "A page holds between 1 and 200 records."),
        errors(viewer.get("missions?size=500")));
    assertEquals(
        Map.of(
            "sort",
            "Sort by date, title, kind or status, followed by ,asc or ,desc (for example date,desc)."),
        errors(viewer.get("missions?sort=colour")));
    assertEquals(
        Map.of("country", "Choose a country by its two-letter ISO code (for example CA or CN)."),
        errors(viewer.get("missions?country=Canada")));
  }

  /**
   * A sector the catalogue lacks, or a parameter no list takes, is a value the list cannot use: a
   * 400 naming it, as on every list (follow-ups alike), never an empty list or a filter ignored.
   */
  @Test
  void anUnknownSectorOrAParameterTheListDoesNotTakeIsA400NamingIt() {
    var viewer = ApiClient.as(deployment, "viewer");
    var unknownSector =
        Map.of(
            "sector",
            "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.");
    var notTaken =
        Map.of(
            "lead",
            "This list is not filtered or sorted by lead; it takes q, country, sector, status,"
                + " from, to, sort.");
    Map.of(
            "missions?sector=UNOBTAINIUM", unknownSector,
            "missions?sector=UNOBTAINIUM&format=csv", unknownSector,
            "missions?lead=Carney", notTaken)
        .forEach((list, refused) -> assertEquals(refused, errors(viewer.get(list)), list));
  }

  private static Map<String, String> errors(HttpResponse<String> response) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals("application/problem+json", mediaType(response));
    Map<String, String> errors = new TreeMap<>();
    json(response)
        .getJsonArray("errors")
        .forEach(
            e ->
                errors.put(
                    e.asJsonObject().getString("field"), e.asJsonObject().getString("message")));
    return errors;
  }

  private static String body(String title) {
    return """
        {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
         "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Energy",
         "classification": "UNCLASSIFIED"}
        """
        .formatted(title);
  }

  private static long total(ApiClient client) {
    HttpResponse<String> list = client.get("missions?size=1");
    assertEquals(200, list.statusCode());
    return json(list).getJsonNumber("total").longValue();
  }

  private static String mediaType(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    return semicolon < 0 ? type : type.substring(0, semicolon);
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertNotNull(response.body());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
