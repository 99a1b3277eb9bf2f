package ca.gc.engagement.export;

import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * CSV and iCalendar exports of API v1's lists over real HTTP, read back the way a spreadsheet or a
 * calendar would: CSV with commons-csv, iCalendar by unfolding lines and reading properties.
 */
class ExportsApiIT extends AgainstTheBuiltEar {

  private static final String DEMO_MISSION =
      "Prime Minister's visit to the People's Republic of China";
  private static final String XI_BILATERAL = "Bilateral meeting with President Xi Jinping";
  private static final String BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";
  private static final List<String> MISSION_COLUMNS =
      List.of(
          "id",
          "version",
          "title",
          "counterpartCountry",
          "hostCity",
          "startDate",
          "endDate",
          "lead",
          "objectives",
          "status",
          "classification");

  private static String q(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static String mediaType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  /** The export parsed as RFC 4180 CSV with its header row. */
  private static List<CSVRecord> csv(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().endsWith("\r\n"), "CRLF line ends");
    return Answers.csv(response);
  }

  private static List<String> header(HttpResponse<String> response) {
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(response.body()))) {
      return parser.getRecords().get(0).toList();
    } catch (IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  @Test
  void missionsAsCsvHaveTheRepresentationsColumnsAndTheDemoMission() {
    HttpResponse<String> export =
        ApiClient.as(deployment, "viewer").get("missions?size=200", "text/csv");
    assertEquals(MISSION_COLUMNS, header(export));
    List<CSVRecord> rows = csv(export);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.get("title").equals(DEMO_MISSION)
                        && r.get("counterpartCountry").equals("CN")
                        && r.get("lead").equals("Prime Minister Mark Carney")),
        export.body());
    long total = Long.parseLong(export.headers().firstValue("X-Total-Count").orElseThrow());
    assertEquals(Math.min(total, 200), rows.size());
  }

  @Test
  void theFormatAliasTakesTheListsFiltersAndATitleStartingWithEqualsComesBackDefused() {
    var officer = ApiClient.as(deployment, "officer");
    String word = "Formula" + UUID.randomUUID().toString().substring(0, 8);
    String title = "=SUM(1+1) \"quoted\" " + word + ", then more";
    HttpResponse<String> created =
        officer.postJson(
            "missions",
            """
            {"title": %s, "counterpartCountry": "JP", "hostCity": "Tokyo",
             "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Trade",
             "objectives": "Canola, pork\\nand \\"beef\\"", "classification": "UNCLASSIFIED"}
            """
                .formatted(jsonString(title)));
    assertEquals(201, created.statusCode(), created.body());
    String id = location(created).getPath().replaceAll(".*/", "");

    List<CSVRecord> china = csv(officer.get("missions?format=csv&country=CN&size=200"));
    assertFalse(china.isEmpty());
    assertTrue(china.stream().allMatch(r -> r.get("counterpartCountry").equals("CN")));
    assertTrue(china.stream().anyMatch(r -> r.get("title").equals(DEMO_MISSION)));
    assertTrue(china.stream().noneMatch(r -> r.get("id").equals(id)));

    List<CSVRecord> mine = csv(officer.get("missions?format=csv&country=JP&q=" + word));
    assertEquals(1, mine.size());
    assertEquals(id, mine.get(0).get("id"));
    assertEquals("'" + title, mine.get(0).get("title"));
    assertEquals("Canola, pork\nand \"beef\"", mine.get(0).get("objectives"));
  }

  @Test
  void theCsvPageIsTheJsonListsPageSizeAtMost10000() {
    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> one = viewer.get("missions?format=csv&page=0&size=1");
    assertEquals(1, csv(one).size());
    assertEquals("1", one.headers().firstValue("X-Page-Size").orElseThrow());
    HttpResponse<String> tooMany = viewer.get("missions?format=csv&size=10001");
    assertEquals(400, tooMany.statusCode(), tooMany.body());
    assertTrue(mediaType(tooMany).startsWith("application/problem+json"), mediaType(tooMany));
  }

  @Test
  void everyListOfApiV1AnswersCsv() {
    var viewer = ApiClient.as(deployment, "viewer");
    Map<String, String> firstColumn = new LinkedHashMap<>();
    for (String list : Records.COLLECTIONS) {
      firstColumn.put(list, "id");
    }
    firstColumn.put("sectors", "code");
    firstColumn.forEach(
        (list, column) -> {
          HttpResponse<String> byHeader = viewer.get(list, "text/csv");
          HttpResponse<String> byAlias = viewer.get(list + "?format=csv");
          assertEquals(column, header(byHeader).get(0), list);
          assertTrue(header(byHeader).contains("classification") || list.equals("sectors"), list);
          assertEquals(csv(byHeader).size(), csv(byAlias).size(), list);
          assertEquals(
              byHeader.headers().firstValue("X-Total-Count"),
              byAlias.headers().firstValue("X-Total-Count"),
              list);
        });
  }

  @Test
  void aViewersExportNeverHoldsTheSecretBriefing() {
    List<CSVRecord> approver =
        csv(ApiClient.as(deployment, "approver").get("meetings?format=csv&q=" + q(BRIEFING)));
    assertEquals(1, approver.size());
    assertEquals("SECRET", approver.get(0).get("classification"));

    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> csv = viewer.get("meetings?format=csv&size=200");
    assertTrue(csv(csv).stream().noneMatch(r -> r.get("title").equals(BRIEFING)));
    assertFalse(csv.body().contains(BRIEFING));
    HttpResponse<String> ics = viewer.get("meetings?format=ics&size=200");
    assertEquals(200, ics.statusCode(), ics.body());
    assertFalse(unfolded(ics).contains(BRIEFING));
    assertTrue(events(ics).stream().noneMatch(e -> BRIEFING.equals(e.get("SUMMARY"))));
  }

  @Test
  void aMissionsTimelineIsItsVisibleMeetingsInOrderAsJsonAndICalendar() {
    var approver = ApiClient.as(deployment, "approver");
    JsonObject bilateral =
        json(approver.get("meetings?q=" + q(XI_BILATERAL))).getJsonArray("items").getJsonObject(0);
    long mission = bilateral.getJsonNumber("missionId").longValue();

    JsonObject all = json(approver.get("missions/" + mission + "/meetings"));
    List<String> starts =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(m -> m.getString("startsAt"))
            .toList();
    assertTrue(starts.size() >= 3, all.toString());
    assertEquals(starts.stream().sorted().toList(), starts, "in the order they happen");
    assertEquals(starts.size(), all.getJsonNumber("total").intValue());
    assertTrue(titles(all).contains(BRIEFING), "the approver's timeline has the SECRET briefing");

    var viewer = ApiClient.as(deployment, "viewer");
    JsonObject seen = json(viewer.get("missions/" + mission + "/meetings"));
    assertFalse(titles(seen).contains(BRIEFING));
    long upToProtectedA =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(
                m -> List.of("UNCLASSIFIED", "PROTECTED_A").contains(m.getString("classification")))
            .count();
    assertEquals(upToProtectedA, seen.getJsonNumber("total").intValue(), "what a viewer may see");
    HttpResponse<String> ics = viewer.get("missions/" + mission + "/meetings?format=ics");
    assertEquals(200, ics.statusCode(), ics.body());
    assertEquals(
        seen.getJsonNumber("total").intValue(), events(ics).size(), "one event per meeting");
    assertFalse(unfolded(ics).contains(BRIEFING));

    HttpResponse<String> unknown = viewer.get("missions/987654321/meetings");
    assertEquals(404, unknown.statusCode());
    assertTrue(mediaType(unknown).startsWith("application/problem+json"));
  }

  private static List<String> titles(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(m -> m.getString("title"))
        .toList();
  }

  @Test
  void jsonStaysTheDefaultAndASingleRecordHasNoCsv() {
    var viewer = ApiClient.as(deployment, "viewer");
    HttpResponse<String> any = viewer.get("missions", "*/*");
    assertEquals(200, any.statusCode(), any.body());
    assertTrue(mediaType(any).startsWith("application/json"), mediaType(any));
    long id =
        json(viewer.get("missions?size=1"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(406, viewer.get("missions/" + id + "?format=csv").statusCode());
  }

  @Test
  void anAnonymousExportIs401() {
    assertEquals(401, ApiClient.anonymous(deployment).get("missions?format=csv").statusCode());
  }

  // iCalendar

  /** The calendar's lines, unfolded (CRLF followed by a space or tab continues the line). */
  private static String unfolded(HttpResponse<String> response) {
    return response.body().replace("\r\n ", "").replace("\r\n\t", "");
  }

  /** Each VEVENT's properties by name (parameters dropped), its TEXT values unescaped. */
  private static List<Map<String, String>> events(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(mediaType(response).startsWith("text/calendar"), mediaType(response));
    String body = response.body();
    assertTrue(body.endsWith("\r\n"));
    for (String physical : body.substring(0, body.length() - 2).split("\r\n", -1)) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
      assertFalse(physical.contains("\n") || physical.contains("\r"), physical);
    }
    String[] lines = unfolded(response).split("\r\n");
    assertEquals("BEGIN:VCALENDAR", lines[0]);
    assertEquals("END:VCALENDAR", lines[lines.length - 1]);
    List<String> all = List.of(lines);
    assertTrue(all.contains("VERSION:2.0"));
    assertTrue(all.stream().anyMatch(l -> l.startsWith("PRODID:")));
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> event = null;
    for (String line : lines) {
      if (line.equals("BEGIN:VEVENT")) {
        event = new LinkedHashMap<>();
      } else if (line.equals("END:VEVENT")) {
        events.add(event);
        event = null;
      } else if (event != null) {
        int colon = line.indexOf(':');
        String name = line.substring(0, colon).split(";")[0];
        event.put(name, unescape(line.substring(colon + 1)));
      }
    }
    return events;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void meetingsAsICalendarHoldOneEventPerMeetingOfTheFilterInUtc() {
    var viewer = ApiClient.as(deployment, "viewer");
    long total =
        json(viewer.get("meetings?country=CN&size=200")).getJsonNumber("total").longValue();
    HttpResponse<String> ics = viewer.get("meetings?format=ics&country=CN&size=200");
    List<Map<String, String>> events = events(ics);
    assertEquals(total, events.size(), ics.body());
    assertTrue(total >= 1);

    HttpResponse<String> byHeader = viewer.get("meetings?q=" + q(XI_BILATERAL), "text/calendar");
    List<Map<String, String>> xi = events(byHeader);
    assertEquals(1, xi.size(), byHeader.body());
    Map<String, String> bilateral = xi.get(0);
    long id =
        json(viewer.get("meetings?q=" + q(XI_BILATERAL)))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals("meeting-" + id + "@engagement-records", bilateral.get("UID"));
    assertEquals(XI_BILATERAL, bilateral.get("SUMMARY"));
    assertEquals("20260116T020000Z", bilateral.get("DTSTART"));
    assertTrue(bilateral.get("DTEND").matches("\\d{8}T\\d{6}Z"), bilateral.get("DTEND"));
    assertTrue(bilateral.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), bilateral.get("DTSTAMP"));
    assertEquals("CONFIRMED", bilateral.get("STATUS"));
    assertTrue(events.stream().anyMatch(e -> e.get("UID").equals(bilateral.get("UID"))));
  }

  @Test
  void aCancelledMeetingIsStatusCancelledAndItsTextIsEscaped() {
    var officer = ApiClient.as(deployment, "officer");
    String word = "Pork" + UUID.randomUUID().toString().substring(0, 8);
    long carney = Records.carney(officer);
    String agenda =
        "Pork, canola; beef\\tariffs\nthen a long walk " + "along the river ".repeat(8).strip();
    HttpResponse<String> created =
        officer.postJson(
            "meetings",
            """
            {"title": "%s talks, Tokyo", "kind": "BILATERAL",
             "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
             "timeZone": "Asia/Tokyo", "location": "Tokyo; Imperial Hotel", "country": "JP",
             "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"}],
             "topics": ["CANOLA"], "agenda": %s, "classification": "UNCLASSIFIED"}
            """
                .formatted(word, carney, jsonString(agenda)));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> cancelled =
        officer.post(
            java.net.URI.create(location(created) + "/cancellation"),
            created.headers().firstValue("ETag").orElseThrow(),
            null);
    assertEquals(200, cancelled.statusCode(), cancelled.body());

    List<Map<String, String>> events = events(officer.get("meetings?format=ics&q=" + word));
    assertEquals(1, events.size());
    Map<String, String> event = events.get(0);
    assertEquals("CANCELLED", event.get("STATUS"));
    assertEquals(word + " talks, Tokyo", event.get("SUMMARY"));
    assertEquals("Tokyo; Imperial Hotel", event.get("LOCATION"));
    assertEquals(agenda, event.get("DESCRIPTION"));
    assertEquals("20260504T010000Z", event.get("DTSTART"));
    assertEquals("20260504T023000Z", event.get("DTEND"));
  }

  @Test
  void onlyMeetingsAnswerICalendar() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "viewer").get("missions", "text/calendar");
    assertEquals(406, refused.statusCode(), refused.body());
  }

  private static String jsonString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
