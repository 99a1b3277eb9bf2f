package ca.gc.engagement.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a client reads from API v1's answers: bodies, headers, and the fields a problem names. */
public final class Answers {

  private Answers() {}

  public static JsonObject json(HttpResponse<String> response) {
    assertNotNull(response.body());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray array(HttpResponse<String> response) {
    assertNotNull(response.body());
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** The media type without its parameters ("application/problem+json"). */
  public static String mediaType(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    int semicolon = type.indexOf(';');
    return semicolon < 0 ? type : type.substring(0, semicolon);
  }

  public static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
  }

  public static URI location(HttpResponse<String> response) {
    return URI.create(
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no Location: " + response.body())));
  }

  /** A problem's status and its problem type's last segment ("carve-out-violation"). */
  public static String problem(HttpResponse<String> response) {
    assertEquals("application/problem+json", mediaType(response), response.body());
    JsonObject problem = json(response);
    assertEquals(response.statusCode(), problem.getInt("status"));
    String type = problem.getString("type");
    return response.statusCode() + " " + type.substring(type.lastIndexOf('/') + 1);
  }

  /** The fields a 400 problem names, with their messages. */
  public static Map<String, String> errors(HttpResponse<String> response) {
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

  /** The strings of a field holding an array of strings. */
  public static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(JsonString::getString);
  }

  /** One field of each object in an array. */
  public static List<String> each(JsonArray objects, String field) {
    return objects.stream().map(o -> o.asJsonObject().getString(field)).toList();
  }

  /** The page's total. */
  public static long total(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return json(list).getJsonNumber("total").longValue();
  }
}
