package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.array;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A record that was SECRET and is now Protected A has a history for its new readers, but it tells
 * nothing of its SECRET versions: not who made them, nor which fields the declassifying change
 * touched (that would say what the SECRET version held). A class of its own because the record it
 * declassifies would change the counts {@link ClassifiedLeaksIT} holds still.
 */
class DeclassifiedHistoryIT extends AgainstTheBuiltEar {

  private static final List<String> READERS = List.of("viewer", "officer");

  @Test
  void aDeclassifiedRecordsHistoryTellsNothingOfItsSecretVersions() {
    ApiClient approver = api("approver");
    String mission =
        """
        {"title": "%s", "counterpartCountry": "AU", "hostCity": "Canberra",
         "startDate": "2026-05-04", "endDate": "2026-05-06", "lead": "%s",
         "classification": "%s"}
        """;
    HttpResponse<String> planned =
        approver.postJson("missions", mission.formatted("Closed talks", "Envoy", "SECRET"));
    assertEquals(201, planned.statusCode(), planned.body());
    URI location = location(planned);
    HttpResponse<String> revised =
        approver.put(
            location, etag(planned), mission.formatted("Closed talks", "Minister", "SECRET"));
    assertEquals(200, revised.statusCode(), revised.body());
    HttpResponse<String> declassified =
        approver.put(
            location, etag(revised), mission.formatted("Open talks", "Minister", "PROTECTED_A"));
    assertEquals(200, declassified.statusCode(), declassified.body());

    assertEquals(3, history(approver, location).size());
    List<String> declassifying = fields(history(approver, location).get(2));
    assertTrue(declassifying.contains("title"), "the approver sees what changed: " + declassifying);
    for (String reader : READERS) {
      List<JsonObject> seen = history(api(reader), location);
      assertEquals(1, seen.size(), reader + ": " + seen);
      assertEquals("CHANGED", seen.get(0).getString("change"));
      assertEquals(List.of(), fields(seen.get(0)), reader + " learns what the SECRET version said");
    }
  }

  private static List<JsonObject> history(ApiClient api, URI record) {
    HttpResponse<String> answer = api.get(URI.create(record + "/history"));
    assertEquals(200, answer.statusCode(), answer.body());
    return array(answer).getValuesAs(JsonObject.class);
  }

  private static List<String> fields(JsonObject revision) {
    return revision.getJsonArray("fields").getValuesAs(JsonString::getString);
  }

  private ApiClient api(String reader) {
    return ApiClient.as(deployment, reader);
  }
}
