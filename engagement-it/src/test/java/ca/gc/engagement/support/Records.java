package ca.gc.engagement.support;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The records API v1 keeps, as its tests meet them: the lists, a record just created, and the demo
 * dataset's records the tests build on.
 */
public final class Records {

  private Records() {}

  /** Every kind of record API v1 lists (and exports), by its collection's path. */
  public static final List<String> COLLECTIONS =
      List.of(
          "missions",
          "meetings",
          "agreements",
          "statements",
          "stakeholders",
          "trade-measures",
          "follow-ups",
          "carve-outs");

  /** The id of a record just created: 201, and the id its body names. */
  public static long idOfCreated(HttpResponse<String> created) {
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getJsonNumber("id").longValue();
  }

  /**
   * Mark Carney's stakeholder id, as {@code reader} finds it: ours, the first participant of the
   * demo dataset's bilateral with President Xi.
   */
  public static long carney(ApiClient reader) {
    HttpResponse<String> found =
        reader.get(
            "meetings?q="
                + URLEncoder.encode(
                    "Bilateral meeting with President Xi Jinping", StandardCharsets.UTF_8));
    assertEquals(200, found.statusCode(), found.body());
    return json(found)
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonArray("participants")
        .getJsonObject(0)
        .getJsonNumber("stakeholderId")
        .longValue();
  }

  /**
   * A record just created: 201 with its location in {@code collection}, read back by {@code reader}
   * with the same tag and the same body as the 201 answered. The record as read.
   */
  public static JsonObject readBackAsCreated(
      HttpResponse<String> created, String collection, ApiClient reader) {
    assertEquals(201, created.statusCode(), created.body());
    URI location = location(created);
    assertTrue(
        location.toString().matches(".*/engagement/api/v1/" + collection + "/\\d+"), "" + location);
    HttpResponse<String> read = reader.get(location);
    assertEquals(200, read.statusCode());
    assertEquals(etag(created), etag(read));
    JsonObject record = json(read);
    assertEquals(json(created), record);
    return record;
  }
}
