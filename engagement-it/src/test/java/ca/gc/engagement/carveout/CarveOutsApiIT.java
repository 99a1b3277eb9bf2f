package ca.gc.engagement.carveout;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API v1 carve-outs over real HTTP: everyone reads them, administrators declare, revise and retire
 * them. The carve-outs declared here apply to Iceland from 2030, so that no other test's screening
 * meets them.
 */
class CarveOutsApiIT extends AgainstTheBuiltEar {

  private static String code() {
    return "CAPELIN_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static String body(String code, String name) {
    return """
        {"code": "%s", "name": "%s",
         "rationale": "Capelin stocks are weighed case by case.",
         "policyBasis": "Fisheries Act", "sectors": ["SEAFOOD"], "regions": [],
         "keywords": ["capelin", "Capelin roe"], "countries": ["IS"],
         "effectiveFrom": "2030-01-01", "mode": "REVIEW", "classification": "UNCLASSIFIED"}
        """
        .formatted(code, name);
  }

  @Test
  void aDeclaredCarveOutAnswers201WithItsLocationAndReadsBackTheSame() {
    var admin = ApiClient.as(deployment, "admin");
    String code = code();

    HttpResponse<String> created = admin.postJson("carve-outs", body(code, "Capelin"));

    JsonObject carveOut =
        readBackAsCreated(created, "carve-outs", ApiClient.as(deployment, "viewer"));
    assertEquals(code, carveOut.getString("code"));
    assertEquals(List.of("SEAFOOD"), strings(carveOut, "sectors"));
    assertEquals(List.of(), strings(carveOut, "regions"));
    assertEquals(List.of("capelin", "Capelin roe"), strings(carveOut, "keywords"));
    assertEquals(List.of("IS"), strings(carveOut, "countries"));
    assertEquals("2030-01-01", carveOut.getString("effectiveFrom"));
    assertEquals("REVIEW", carveOut.getString("mode"));
    assertEquals("ACTIVE", carveOut.getString("status"));
    assertEquals("UNCLASSIFIED", carveOut.getString("classification"));
    assertEquals(0, carveOut.getInt("version"));
  }

  @Test
  void onlyAnAdministratorDeclaresOrRetires() {
    problem(ApiClient.as(deployment, "officer").postJson("carve-outs", body(code(), "C")), 403);
    problem(ApiClient.as(deployment, "approver").postJson("carve-outs", body(code(), "C")), 403);

    var admin = ApiClient.as(deployment, "admin");
    HttpResponse<String> created = admin.postJson("carve-outs", body(code(), "Capelin"));
    URI retirement = URI.create(location(created) + "/retirement");
    problem(ApiClient.as(deployment, "officer").post(retirement, etag(created), null), 403);
    problem(admin.post(retirement, null, null), 428);
    HttpResponse<String> retired = admin.post(retirement, etag(created), null);
    assertEquals(200, retired.statusCode(), retired.body());
    assertEquals("RETIRED", json(retired).getString("status"));
    assertEquals(
        "A carve-out cannot go from RETIRED to RETIRED. Allowed from RETIRED: none: RETIRED is"
            + " final.",
        problem(admin.post(retirement, etag(retired), null), 409).getString("detail"));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnKeepsTheCodeAndGoesIntoTheHistory() {
    var admin = ApiClient.as(deployment, "admin");
    String code = code();
    HttpResponse<String> created = admin.postJson("carve-outs", body(code, "Capelin"));
    URI location = location(created);

    problem(admin.put(location, null, body(code, "Capelin fishery")), 428);
    HttpResponse<String> revised =
        admin.put(location, etag(created), body(code, "Capelin fishery"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals("Capelin fishery", json(revised).getString("name"));
    problem(admin.put(location, etag(created), body(code, "Capelin stocks")), 412);
    problem(admin.put(location, etag(revised), body(code(), "Capelin stocks")), 409);
    problem(ApiClient.as(deployment, "officer").put(location, etag(revised), body(code, "C")), 403);

    List<JsonObject> revisions =
        history(ApiClient.as(deployment, "viewer").get(URI.create(location + "/history")));
    assertEquals(
        List.of("CREATED", "CHANGED"), revisions.stream().map(r -> r.getString("change")).toList());
    assertEquals(List.of("name"), fields(revisions.get(1)));
  }

  @Test
  void theListFindsTheScenariosCarveOutsByWordsCountrySectorAndStatus() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(List.of("ARCTIC"), codes(viewer.get("carve-outs?q=arctic&country=CN")));
    assertEquals(
        List.of("NATIONAL_SECURITY"),
        codes(viewer.get("carve-outs?country=CN&sector=NATIONAL_SECURITY&status=ACTIVE")));
    List<String> china = codes(viewer.get("carve-outs?country=CN&to=2026-01-01&sort=code,desc"));
    assertTrue(china.indexOf("NATIONAL_SECURITY") < china.indexOf("ARCTIC"), "" + china);

    var admin = ApiClient.as(deployment, "admin");
    String code = code();
    HttpResponse<String> created = admin.postJson("carve-outs", body(code, "Capelin"));
    assertEquals(List.of(code), codes(viewer.get("carve-outs?q=" + code.toLowerCase(Locale.ROOT))));
    assertTrue(codes(viewer.get("carve-outs?country=IS&from=2030-01-01")).contains(code));
    assertTrue(codes(viewer.get("carve-outs?sector=FISHERIES&size=200")).contains(code));
    admin.post(URI.create(location(created) + "/retirement"), etag(created), null);
    assertEquals(List.of(code), codes(viewer.get("carve-outs?q=" + code + "&status=RETIRED")));
    assertEquals(List.of(), codes(viewer.get("carve-outs?q=" + code + "&status=ACTIVE")));
  }

  @Test
  void anInvalidCarveOutIsA400NamingEachField() {
    assertEquals(
        Map.of(
            "code",
                "A carve-out code is written in capitals with underscores, for example"
                    + " NATIONAL_SECURITY.",
            "name", "Give the carve-out a name.",
            "effectiveFrom", "Give the first day the carve-out is in effect.",
            "mode", "Choose whether the carve-out prohibits or calls for a review.",
            "classification", "Choose the record's classification."),
        errors(
            ApiClient.as(deployment, "admin")
                .postJson(
                    "carve-outs",
                    """
                    {"code": "capelin", "name": "", "rationale": "r", "policyBasis": "p",
                     "keywords": ["capelin"]}
                    """)));
    assertEquals(
        Map.of(
            "sort",
            "Sort by one of these fields, followed by ,asc or ,desc if need be: code, name,"
                + " effectiveFrom, status."),
        errors(ApiClient.as(deployment, "viewer").get("carve-outs?sort=mode")));
  }

  @Test
  void anUnknownCarveOutIs404AndNobodyGetsInWithoutCredentials() {
    var viewer = ApiClient.as(deployment, "viewer");
    problem(viewer.get("carve-outs/987654321"), 404);
    problem(viewer.get("carve-outs/987654321/history"), 404);
    problem(ApiClient.anonymous(deployment).get("carve-outs"), 401);
  }

  private static List<String> codes(HttpResponse<String> list) {
    return items(list).stream().map(c -> c.getString("code")).toList();
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
