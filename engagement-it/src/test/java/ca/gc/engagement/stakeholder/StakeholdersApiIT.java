package ca.gc.engagement.stakeholder;

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
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 stakeholders over real HTTP, as another department's system sees them. */
class StakeholdersApiIT extends AgainstTheBuiltEar {

  private static String body(String name, String jurisdiction) {
    return """
        {"name": "%s", "title": "Minister of Agriculture", "organisation": "Government of Alberta",
         "kind": "PROVINCIAL", "jurisdiction": "%s", "classification": "PROTECTED_A"}
        """
        .formatted(name, jurisdiction);
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aRecordedStakeholderAnswers201WithItsLocationAndReadsBackTheSame() {
    var officer = ApiClient.as(deployment, "officer");
    String name = unique("R. J. Sawyer");

    HttpResponse<String> created = officer.postJson("stakeholders", body(name, "CA-AB"));

    JsonObject stakeholder = readBackAsCreated(created, "stakeholders", officer);
    URI location = location(created);
    assertEquals(name, stakeholder.getString("name"));
    assertEquals("Minister of Agriculture", stakeholder.getString("title"));
    assertEquals("Government of Alberta", stakeholder.getString("organisation"));
    assertEquals("PROVINCIAL", stakeholder.getString("kind"));
    assertEquals("CA-AB", stakeholder.getString("jurisdiction"));
    assertEquals("ACTIVE", stakeholder.getString("status"));
    assertEquals("PROTECTED_A", stakeholder.getString("classification"));
    assertEquals(0, stakeholder.getInt("version"));
    assertTrue(location.toString().endsWith("/" + stakeholder.getJsonNumber("id").longValue()));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndGoesIntoTheHistory() {
    var officer = ApiClient.as(deployment, "officer");
    String name = unique("Nate Horner");
    HttpResponse<String> created = officer.postJson("stakeholders", body(name, "CA-AB"));
    URI location = location(created);

    problem(officer.put(location, null, body(name + " (MLA)", "CA-AB")), 428);
    HttpResponse<String> revised = officer.put(location, etag(created), body(name, "CA-BC"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals("CA-BC", json(revised).getString("jurisdiction"));
    assertEquals(1, json(revised).getInt("version"));
    assertNotEquals(etag(created), etag(revised));
    problem(
        ApiClient.as(deployment, "approver").put(location, etag(created), body(name, "CA-ON")),
        412);
    assertEquals("CA-BC", json(officer.get(location)).getString("jurisdiction"));

    List<JsonObject> revisions = history(officer.get(URI.create(location + "/history")));
    assertEquals(2, revisions.size());
    assertEquals("CREATED", revisions.get(0).getString("change"));
    assertEquals("officer", revisions.get(0).getString("by"));
    assertEquals("CHANGED", revisions.get(1).getString("change"));
    assertEquals(List.of("jurisdiction"), fields(revisions.get(1)));
  }

  @Test
  void archivalTakesTheVersionReadAndHappensOnce() {
    var officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created =
        officer.postJson("stakeholders", body(unique("Former envoy"), "CA"));
    URI archival = URI.create(location(created) + "/archival");

    problem(officer.post(archival, null, null), 428);
    HttpResponse<String> archived = officer.post(archival, etag(created), null);
    assertEquals(200, archived.statusCode(), archived.body());
    assertEquals("ARCHIVED", json(archived).getString("status"));
    problem(officer.post(archival, etag(created), null), 412);
    JsonObject again = problem(officer.post(archival, etag(archived), null), 409);
    assertEquals(
        "A stakeholder cannot go from ARCHIVED to ARCHIVED. Allowed from ARCHIVED: none:"
            + " ARCHIVED is final.",
        again.getString("detail"));

    List<JsonObject> revisions = history(officer.get(URI.create(location(created) + "/history")));
    assertEquals(List.of("status"), fields(revisions.get(revisions.size() - 1)));
    problem(ApiClient.as(deployment, "viewer").post(archival, etag(archived), null), 403);
  }

  @Test
  void theListFindsStakeholdersByWordsCountryOfTheirJurisdictionAndStatus() {
    var officer = ApiClient.as(deployment, "officer");
    String word = "Canola" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> saskatchewan =
        officer.postJson("stakeholders", body("Grower " + word, "CA-SK"));
    officer.postJson("stakeholders", body("Buyer " + word, "JP"));

    assertEquals(2, items(officer.get("stakeholders?q=" + word)).size());
    List<JsonObject> inCanada =
        items(officer.get("stakeholders?q=" + word.toLowerCase() + "&country=CA"));
    assertEquals(
        List.of("Grower " + word), inCanada.stream().map(s -> s.getString("name")).toList());
    assertEquals(
        List.of("Grower " + word, "Buyer " + word),
        items(officer.get("stakeholders?q=" + word + "&sort=name,desc")).stream()
            .map(s -> s.getString("name"))
            .toList());

    officer.post(URI.create(location(saskatchewan) + "/archival"), etag(saskatchewan), null);
    assertEquals(
        List.of("Grower " + word),
        items(officer.get("stakeholders?q=" + word + "&status=ARCHIVED")).stream()
            .map(s -> s.getString("name"))
            .toList());
    JsonObject page = json(officer.get("stakeholders?q=" + word + "&status=ACTIVE&size=1"));
    assertEquals(1, page.getJsonNumber("total").longValue());
    assertEquals(1, page.getInt("size"));
  }

  @Test
  void theDemoStakeholdersAreListedByCountry() {
    List<String> chinese =
        items(ApiClient.as(deployment, "viewer").get("stakeholders?country=CN&size=200")).stream()
            .map(s -> s.getString("name"))
            .toList();
    assertTrue(chinese.contains("Xi Jinping"), "" + chinese);
    assertTrue(!chinese.contains("Scott Moe"), "" + chinese);
  }

  @Test
  void anInvalidStakeholderIsA400NamingEachFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = json(officer.get("stakeholders?size=1")).getJsonNumber("total").longValue();
    assertEquals(
        Map.of(
            "name", "Give the stakeholder's name.",
            "jurisdiction",
                "Name the jurisdiction by its ISO code: a country such as CN, or a province or"
                    + " state such as CA-SK.",
            "classification", "Choose the record's classification."),
        errors(
            officer.postJson(
                "stakeholders",
                """
                {"name": " ", "kind": "EXPERT", "jurisdiction": "Saskatchewan"}
                """)));
    assertEquals(
        before, json(officer.get("stakeholders?size=1")).getJsonNumber("total").longValue());
  }

  @Test
  void listParametersThatDoNotApplyOrMakeNoSenseAreA400NamingEachOne() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(
        Map.of(
            "status",
            "Filter by one of these statuses: ACTIVE, ARCHIVED.",
            "sort",
            "Sort by one of these fields, followed by ,asc or ,desc if need be: name,"
                + " organisation, jurisdiction, status."),
        errors(viewer.get("stakeholders?status=GONE&sort=age")));
    assertEquals(
        Map.of(
            "from",
                "This list is not filtered or sorted by from; it takes q, country, status, sort.",
            "sector",
                "This list is not filtered or sorted by sector; it takes q, country, status, sort."),
        errors(viewer.get("stakeholders?from=2026-01-01&sector=AGRI_FOOD")));
    assertEquals(
        Map.of("country", "Choose a country by its two-letter ISO code (for example CA or CN)."),
        errors(viewer.get("stakeholders?country=CA-SK")));
  }

  @Test
  void anUnknownStakeholderIsA404() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(
        "There is no stakeholder 987654321.",
        problem(viewer.get("stakeholders/987654321"), 404).getString("detail"));
    problem(viewer.get("stakeholders/987654321/history"), 404);
  }

  @Test
  void aViewerMayReadButNotRecordAndNobodyGetsInWithoutCredentials() {
    problem(
        ApiClient.as(deployment, "viewer").postJson("stakeholders", body("Someone", "CA")), 403);
    HttpResponse<String> anonymous = ApiClient.anonymous(deployment).get("stakeholders");
    problem(anonymous, 401);
    assertTrue(
        anonymous.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }
}
