package ca.gc.engagement.sector;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.fields;
import static ca.gc.engagement.support.Answers.history;
import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** API v1 sectors over real HTTP: everyone reads the tree, administrators extend and change it. */
class SectorsApiIT extends AgainstTheBuiltEar {

  private static String code(String prefix) {
    return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static String body(String code, String parent, String english, String french) {
    return """
        {"code": "%s", "parent": %s, "englishName": "%s", "frenchName": "%s"}
        """
        .formatted(code, parent == null ? "null" : "\"" + parent + "\"", english, french);
  }

  @Test
  void theListIsTheWholeTreeWithParentsAndBothNames() {
    HttpResponse<String> list = ApiClient.as(deployment, "viewer").get("sectors");
    JsonObject page = json(list);
    List<JsonObject> sectors = items(list);
    assertEquals(0, page.getInt("page"));
    assertEquals(sectors.size(), page.getInt("size"));
    assertEquals(sectors.size(), page.getJsonNumber("total").longValue());
    JsonObject canola = bycode(sectors, "CANOLA");
    assertEquals("AGRI_FOOD", canola.getString("parent"));
    assertEquals("Canola", canola.getString("englishName"));
    assertEquals("Canola", canola.getString("frenchName"));
    assertFalse(canola.getBoolean("retired"));
    JsonObject security = bycode(sectors, "NATIONAL_SECURITY");
    assertFalse(security.containsKey("parent"), "at the top of the tree");
    assertEquals("Sécurité nationale", security.getString("frenchName"));
    assertEquals("NATIONAL_SECURITY", bycode(sectors, "TELECOMMUNICATIONS").getString("parent"));
    // It takes no list parameters: the whole tree whatever they say.
    assertEquals(
        sectors.size(),
        items(ApiClient.as(deployment, "viewer").get("sectors?size=1&q=canola")).size());
  }

  @Test
  void anOfficerAddingASectorIs403AndAnAdmin201() {
    String code = code("AQUACULTURE");
    String sector = body(code, "FISHERIES", "Aquaculture", "Aquaculture");

    problem(ApiClient.as(deployment, "officer").postJson("sectors", sector), 403);
    problem(ApiClient.as(deployment, "viewer").get("sectors/" + code), 404);

    var admin = ApiClient.as(deployment, "admin");
    HttpResponse<String> added = admin.postJson("sectors", sector);
    assertEquals(201, added.statusCode(), added.body());
    assertTrue(location(added).toString().endsWith("/engagement/api/v1/sectors/" + code));
    assertEquals("\"" + code + "-0\"", etag(added));
    HttpResponse<String> read = ApiClient.as(deployment, "viewer").get(location(added));
    assertEquals(200, read.statusCode());
    assertEquals(etag(added), etag(read));
    assertEquals(json(added), json(read));
    assertEquals("FISHERIES", json(read).getString("parent"));
    assertEquals(0, json(read).getInt("version"));
  }

  @Test
  void aChangeNeedsTheVersionItWasMadeOnAndKeepsTheCode() {
    var admin = ApiClient.as(deployment, "admin");
    String code = code("HYDROGEN");
    HttpResponse<String> added =
        admin.postJson("sectors", body(code, "CLEAN_ENERGY", "Hydrogen", "Hydrogène"));
    URI location = location(added);

    problem(admin.put(location, null, body(code, "CLEAN_ENERGY", "Green hydrogen", "H")), 428);
    problem(
        admin.put(location, "\"CANOLA-0\"", body(code, "CLEAN_ENERGY", "Green hydrogen", "H")),
        412);
    HttpResponse<String> renamed =
        admin.put(
            location, etag(added), body(code, "CLEAN_ENERGY", "Green hydrogen", "Hydrogène vert"));
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals("Green hydrogen", json(renamed).getString("englishName"));
    assertEquals("\"" + code + "-1\"", etag(renamed));
    problem(admin.put(location, etag(added), body(code, null, "Hydrogen", "Hydrogène")), 412);
    JsonObject recoded =
        problem(
            admin.put(location, etag(renamed), body("H2", "CLEAN_ENERGY", "Hydrogen", "H")), 409);
    assertTrue(recoded.getString("detail").startsWith("The code of sector " + code), "" + recoded);
    problem(
        ApiClient.as(deployment, "officer")
            .put(location, etag(renamed), body(code, "CLEAN_ENERGY", "Hydrogen", "Hydrogène")),
        403);

    List<JsonObject> revisions =
        history(ApiClient.as(deployment, "viewer").get(URI.create(location + "/history")));
    assertEquals(
        List.of("CREATED", "CHANGED"), revisions.stream().map(r -> r.getString("change")).toList());
    assertEquals("admin", revisions.get(1).getString("by"));
    assertEquals(List.of("englishName", "frenchName"), fields(revisions.get(1)));
  }

  @Test
  void aRetiredSectorStaysInTheTree() {
    var admin = ApiClient.as(deployment, "admin");
    String code = code("PEAT");
    HttpResponse<String> added =
        admin.postJson("sectors", body(code, "ENVIRONMENT", "Peat", "Tourbe"));
    URI retirement = URI.create(location(added) + "/retirement");

    problem(admin.post(retirement, null, null), 428);
    problem(ApiClient.as(deployment, "officer").post(retirement, etag(added), null), 403);
    HttpResponse<String> retired = admin.post(retirement, etag(added), null);
    assertEquals(200, retired.statusCode(), retired.body());
    assertTrue(json(retired).getBoolean("retired"));
    assertTrue(bycode(items(admin.get("sectors")), code).getBoolean("retired"));
  }

  @Test
  void anInvalidSectorIsA400NamingEachFieldAndAnUnknownParentA422() {
    var admin = ApiClient.as(deployment, "admin");
    assertEquals(
        Map.of(
            "code", "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "englishName", "Give the sector's name in English.",
            "frenchName", "Give the sector's name in French."),
        errors(admin.postJson("sectors", body("aquaculture", null, " ", ""))));
    assertEquals(
        "There is no sector UNOBTAINIUM. Choose a sector from the list, for example AGRI_FOOD.",
        problem(admin.postJson("sectors", body(code("ORE"), "UNOBTAINIUM", "Ore", "Minerai")), 422)
            .getString("detail"));
    problem(admin.postJson("sectors", body("CANOLA", "AGRI_FOOD", "Canola", "Canola")), 409);
  }

  @Test
  void anUnknownSectorIs404AndNobodyGetsInWithoutCredentials() {
    var admin = ApiClient.as(deployment, "admin");
    assertEquals(
        "There is no sector NOWHERE.",
        problem(admin.get("sectors/NOWHERE"), 404).getString("detail"));
    problem(admin.get("sectors/NOWHERE/history"), 404);
    problem(
        admin.put(admin.uri("sectors/NOWHERE"), "\"NOWHERE-0\"", body("NOWHERE", null, "N", "N")),
        404);
    problem(ApiClient.anonymous(deployment).get("sectors"), 401);
  }

  private static JsonObject bycode(List<JsonObject> sectors, String code) {
    return sectors.stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sector " + code));
  }
}
