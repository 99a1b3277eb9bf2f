package ca.gc.engagement.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What an orchestrator's readiness probe sees on the management port: the application's own checks
 * (declared in the EAR's lib/, where WildFly registers them) up, with the schema at the newest
 * migration the build ships.
 */
class ReadinessIT extends AgainstTheBuiltEar {

  @Test
  void theProbeReportsTheDatabaseAndTheSchemaAtTheNewestMigrationShipped() throws Exception {
    HttpResponse<String> ready = get("/health/ready");

    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
    assertEquals("UP", health.getString("status"), ready.body());
    Map<String, JsonObject> checks = checks(health);

    JsonObject database = checks.get("engagement-database");
    assertNotNull(database, "no engagement-database check: " + ready.body());
    assertEquals("UP", database.getString("status"));

    JsonObject schema = checks.get("engagement-schema");
    assertNotNull(schema, "no engagement-schema check: " + ready.body());
    assertEquals("UP", schema.getString("status"));
    JsonObject data = schema.getJsonObject("data");
    assertEquals(ShippedMigrations.newestVersion(), data.getString("schemaVersion"));
    assertEquals(ShippedMigrations.newestVersion(), data.getString("newestMigration"));
    assertEquals(0, data.getInt("pending"));
    assertEquals(0, data.getInt("failed"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri =
        URI.create("http://localhost:" + System.getProperty("engagement.management.port") + path);
    return ApiClient.wire().get(uri);
  }

  private static Map<String, JsonObject> checks(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
  }
}
