package ca.gc.engagement.concurrency;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients edit one record at the same moment, all with the ETag they read: one edit is kept,
 * whole; the nineteen others are told the record changed (412), and nothing of theirs is mixed in.
 * For a mission and for an agreement (which is screened and has collections too).
 */
class ConcurrentEditsIT extends AgainstTheBuiltEar {

  private static final int CLIENTS = 20;

  @Test
  void twentyEditsOfAMissionWithOneTagKeepOneWholeAndRefuseNineteen() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    raceOn(
        "missions",
        mission("Mission " + run, 0),
        n -> mission("Mission " + run + " edited by client " + n, n));
  }

  @Test
  void twentyEditsOfAnAgreementWithOneTagKeepOneWholeAndRefuseNineteen() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    raceOn(
        "agreements",
        agreement("Agreement " + run, 0),
        n -> agreement("Agreement " + run + " edited by client " + n, n));
  }

  private void raceOn(String collection, String original, IntFunction<String> edit)
      throws Exception {
    ApiClient officer = ApiClient.as(deployment, "officer");
    HttpResponse<String> created = officer.postJson(collection, original);
    assertEquals(201, created.statusCode(), created.body());
    URI record = location(created);
    String tag = etag(created);

    List<Supplier<HttpResponse<String>>> edits = new ArrayList<>();
    for (int n = 1; n <= CLIENTS; n++) {
      String body = edit.apply(n);
      ApiClient client = ApiClient.as(deployment, "officer");
      edits.add(() -> client.put(record, tag, body));
    }
    List<HttpResponse<String>> answers = AtOnce.send(edits);

    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(a -> statuses.merge(a.statusCode(), 1, Integer::sum));
    assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses, () -> bodies(answers));
    int winner = 0;
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).statusCode() == 200) {
        winner = i + 1;
      } else {
        assertEquals(
            "https://engagement.example/problems/stale-record",
            Answers.problem(answers.get(i), 412).getString("type"));
      }
    }
    JsonObject stored = json(officer.get(record));
    JsonObject sent = parse(edit.apply(winner));
    for (String field : sent.keySet()) {
      assertEquals(
          comparable(sent.get(field)),
          comparable(stored.get(field)),
          field + " is not the winner's");
    }
    assertEquals(1, stored.getInt("version"), "one edit only");
    assertEquals(
        2,
        Answers.history(officer.get(URI.create(record + "/history"))).size(),
        "the history holds the creation and the one edit kept");
  }

  /** Each client's mission differs in every text field, so that a mix would show. */
  private static String mission(String title, int n) {
    return """
        {"title": "%s", "counterpartCountry": "%s", "hostCity": "City %d",
         "startDate": "2026-09-%02d", "endDate": "2026-10-%02d", "lead": "Lead %d",
         "objectives": "Objectives of client %d", "classification": "%s"}
        """
        .formatted(
            title,
            n % 2 == 0 ? "JP" : "KR",
            n,
            1 + n,
            1 + n,
            n,
            n,
            n % 2 == 0 ? "PROTECTED_A" : "UNCLASSIFIED");
  }

  /** Each client's agreement differs in its title, summary, parties, sectors and regions. */
  private static String agreement(String title, int n) {
    String[] provinces = {"CA-SK", "CA-AB", "CA-MB", "CA-ON", "CA-QC"};
    return """
        {"title": "%s", "parties": ["CA", "%s"], "sectors": ["%s"],
         "regions": ["%s"], "summary": "Summary of client %d.", "classification": "UNCLASSIFIED"}
        """
        .formatted(
            title,
            n % 2 == 0 ? "CN" : "JP",
            n % 3 == 0 ? "CANOLA" : "SEAFOOD",
            provinces[n % provinces.length],
            n);
  }

  /** A list as the set it stands for (parties and sectors come back in their own order). */
  private static Object comparable(jakarta.json.JsonValue value) {
    return value instanceof jakarta.json.JsonArray list
        ? new java.util.TreeSet<>(list.stream().map(Object::toString).toList())
        : value;
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static String bodies(List<HttpResponse<String>> answers) {
    StringBuilder all = new StringBuilder();
    answers.forEach(a -> all.append(a.statusCode()).append(' ').append(a.body()).append('\n'));
    return all.toString();
  }
}
