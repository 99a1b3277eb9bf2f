package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Records of the demo dataset that every account may read (Protected A at most), one per
 * collection, looked up through the API as the administrator: the matrix reads real records, not
 * ids it guessed.
 */
public final class DemoRecords {

  private static final Set<String> READABLE_BY_ALL = Set.of("UNCLASSIFIED", "PROTECTED_A");

  private final ApiClient admin;
  private final Map<String, Long> ids = new HashMap<>();

  public DemoRecords(URL deployment) {
    this.admin = ApiClient.as(deployment, "admin");
  }

  /** The id of a demo record of the collection ("missions") that a viewer may read. */
  public long id(String collection) {
    return ids.computeIfAbsent(collection, this::lookUp);
  }

  /** A sector of the demo catalogue. */
  String sector() {
    return "CANOLA";
  }

  private long lookUp(String collection) {
    HttpResponse<String> list = admin.get(collection + "?size=200");
    assertEquals(200, list.statusCode(), collection + ": " + list.body());
    return json(list).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(r -> READABLE_BY_ALL.contains(r.getString("classification")))
        .mapToLong(r -> r.getJsonNumber("id").longValue())
        .min()
        .orElseThrow(() -> new AssertionError("no readable demo record in " + collection));
  }
}
