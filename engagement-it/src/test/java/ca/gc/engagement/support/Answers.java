package ca.gc.engagement.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What a client reads from API v1's answers: JSON bodies, headers, problems and the fields they
 * name, a list's items and total, a record's history.
 */
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

  /** A problem of that status, as application/problem+json; its body. */
  public static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/problem+json", mediaType(response), response.body());
    JsonObject problem = json(response);
    assertEquals(status, problem.getInt("status"));
    return problem;
  }

  /** A problem of that status; the fields it names, with their messages. */
  public static Map<String, String> errors(HttpResponse<String> response, int status) {
    Map<String, String> errors = new TreeMap<>();
    problem(response, status)
        .getJsonArray("errors")
        .forEach(
            e ->
                errors.put(
                    e.asJsonObject().getString("field"), e.asJsonObject().getString("message")));
    return errors;
  }

  /** A 400 problem; the fields it names, with their messages. */
  public static Map<String, String> errors(HttpResponse<String> response) {
    return errors(response, 400);
  }

  /** The strings of a field holding an array of strings. */
  public static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(JsonString::getString);
  }

  /** One field of each object in an array. */
  public static List<String> each(JsonArray objects, String field) {
    return objects.stream().map(o -> o.asJsonObject().getString(field)).toList();
  }

  /** The items of a list's page. */
  public static List<JsonObject> items(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return json(response).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  /** The revisions of a record's history, each its change (CREATED, CHANGED) and fields. */
  public static List<JsonObject> history(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(mediaType(response).equals("application/json"), mediaType(response));
    return array(response).stream().map(JsonValue::asJsonObject).toList();
  }

  /** The fields a revision changed. */
  public static List<String> fields(JsonObject revision) {
    return strings(revision, "fields");
  }

  /** A CSV export (200, text/csv) parsed as RFC 4180 with its header row. */
  public static List<CSVRecord> csv(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(mediaType(response).startsWith("text/csv"), mediaType(response));
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(response.body()))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  /** The page's total. */
  public static long total(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return json(list).getJsonNumber("total").longValue();
  }
}
