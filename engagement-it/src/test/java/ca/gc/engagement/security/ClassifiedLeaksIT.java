package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A SECRET record of each kind never reaches a Protected A (viewer) or Protected B (officer)
 * reader: not in lists, searches, exports, counts, the dashboard, histories, the briefing book or
 * the calendars, and not through an answer that differs from the one for a record that never
 * existed (a 404's body, a 409, 412, 422 or 428 on a change, a reference to it from a new record).
 */
class ClassifiedLeaksIT extends AgainstTheBuiltEar {

  private static final List<String> READERS = List.of("viewer", "officer");
  private static final List<String> COLLECTIONS = Records.COLLECTIONS;
  private static final long NEVER = 987654321L;

  /** Recorded once for the class, after the readers' counts and list tags were taken. */
  private static SecretRecords secret;

  private static final Map<String, Long> totalsBefore = new LinkedHashMap<>();
  private static final Map<String, Optional<String>> tagsBefore = new LinkedHashMap<>();
  private static final Map<String, String> dashboardBefore = new LinkedHashMap<>();

  @BeforeEach
  void recordTheSecretRecordsOnce() {
    if (secret != null) {
      return;
    }
    for (String reader : READERS) {
      for (String collection : COLLECTIONS) {
        HttpResponse<String> list = api(reader).get(collection + "?size=1");
        totalsBefore.put(reader + " " + collection, total(list));
        tagsBefore.put(reader + " " + collection, validators(list));
      }
      dashboardBefore.put(reader, dashboard(reader));
    }
    secret = new SecretRecords(deployment, new DemoRecords(deployment));
  }

  @Test
  void listsSearchesAndExportsHoldNoSecretRecord() {
    for (String reader : READERS) {
      ApiClient api = api(reader);
      for (String collection : COLLECTIONS) {
        lacksMarker(reader, collection, wholeList(api, collection, ""));
        lacksMarker(reader, collection + " CSV", wholeList(api, collection, "&format=csv"));
        HttpResponse<String> found = api.get(collection + "?q=" + secret.marker);
        assertEquals(0, total(found), reader + " searching " + collection + ": " + found.body());
        lacksMarker(reader, collection + " filtered", found.body());
      }
      lacksMarker(reader, "meetings calendar", wholeList(api, "meetings", "&format=ics"));
      String timeline = "missions/" + secret.openMission + "/meetings";
      for (String format : List.of("", "?format=csv", "?format=ics")) {
        HttpResponse<String> answer = api.get(timeline + format);
        assertEquals(200, answer.statusCode(), answer.body());
        lacksMarker(reader, "mission timeline " + format, answer.body());
      }
    }
  }

  @Test
  void countsTotalsAndListTagsAreWhatTheyWereBeforeTheSecretRecords() {
    for (String reader : READERS) {
      for (String collection : COLLECTIONS) {
        HttpResponse<String> list = api(reader).get(collection + "?size=1");
        String key = reader + " " + collection;
        assertEquals(totalsBefore.get(key), total(list), key);
        assertEquals(tagsBefore.get(key), validators(list), key + ": list validators");
        HttpResponse<String> csv = api(reader).get(collection + "?size=1&format=csv");
        assertEquals(
            Optional.of(String.valueOf(totalsBefore.get(key))),
            csv.headers().firstValue("X-Total-Count"),
            key + " CSV");
      }
      assertEquals(dashboardBefore.get(reader), dashboard(reader), reader + "'s dashboard");
    }
  }

  @Test
  void searchListAndDashboardPagesShowNoSecretRecord() {
    String nothing = "Qwyxolite" + secret.marker.substring(9);
    for (String reader : READERS) {
      Browser browser = signedIn(reader);
      URI home = URI.create(deployment.toString());
      List<String> pages = new ArrayList<>();
      pages.add("index.xhtml");
      COLLECTIONS.forEach(c -> pages.add(c + "/index.xhtml"));
      pages.add("missions/mission.xhtml?id=" + secret.openMission);
      for (String page : pages) {
        Document shown = browser.open(home.resolve(page));
        assertEquals(200, browser.lastResponse().statusCode(), page);
        lacksMarker(reader, page, shown.outerHtml());
      }
      // A search echoes its words: searching for the marker must show exactly what searching
      // for a word no record holds shows.
      List<String> searches = new ArrayList<>();
      searches.add("search.xhtml?q=");
      COLLECTIONS.forEach(c -> searches.add(c + "/index.xhtml?q="));
      for (String search : searches) {
        String found = main(browser.open(home.resolve(search + secret.marker)));
        String none = main(browser.open(home.resolve(search + nothing)));
        assertEquals(none, found.replace(secret.marker, nothing), reader + " " + search);
      }
    }
  }

  @Test
  void aSecretRecordAnswersExactlyLikeOneThatNeverExisted() {
    List<String> differences = new ArrayList<>();
    OperationCalls calls = new OperationCalls(deployment, new DemoRecords(deployment));
    for (String reader : READERS) {
      ApiClient api = api(reader);
      for (String collection : COLLECTIONS) {
        long id = secret.id(collection);
        String body = calls.body(collection);
        compare(differences, reader, "GET " + collection, id, i -> api.get(collection + "/" + i));
        compare(
            differences,
            reader,
            "GET history " + collection,
            id,
            i -> api.get(collection + "/" + i + "/history"));
        compare(
            differences,
            reader,
            "PUT " + collection,
            id,
            i -> api.put(api.uri(collection + "/" + i), "\"" + i + "-0\"", body));
        compare(
            differences,
            reader,
            "PUT without If-Match " + collection,
            id,
            i -> api.put(api.uri(collection + "/" + i), null, body));
      }
      compareSteps(differences, reader, api);
      compare(
          differences,
          reader,
          "briefing",
          secret.id("missions"),
          i -> api.get("missions/" + i + "/briefing", "application/pdf"));
      compare(
          differences,
          reader,
          "timeline",
          secret.id("missions"),
          i -> api.get("missions/" + i + "/meetings"));
      compare(
          differences,
          reader,
          "rate",
          secret.id("trade-measures"),
          i -> api.get("trade-measures/" + i + "/rate?on=2026-08-01"));
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void aNewRecordThatRefersToASecretOneIsRefusedAsIfItDidNotExist() {
    ApiClient officer = api("officer");
    long visibleStakeholder = new DemoRecords(deployment).id("stakeholders");
    List<String> differences = new ArrayList<>();
    Map<String, java.util.function.LongFunction<HttpResponse<String>>> references =
        new LinkedHashMap<>();
    references.put(
        "meeting in a mission", i -> officer.postJson("meetings", meeting(i, visibleStakeholder)));
    references.put(
        "meeting with a participant",
        i -> officer.postJson("meetings", meeting(secret.openMission, i)));
    references.put("statement by a stakeholder", i -> officer.postJson("statements", statement(i)));
    references.put(
        "follow-up on an agreement", i -> officer.postJson("follow-ups", followUp("AGREEMENT", i)));
    references.put(
        "follow-up on a meeting", i -> officer.postJson("follow-ups", followUp("MEETING", i)));
    references.put(
        "follow-up on a mission", i -> officer.postJson("follow-ups", followUp("MISSION", i)));
    references.put(
        "agreement in a mission", i -> officer.postJson("agreements", agreement("missionId", i)));
    references.put(
        "agreement at a meeting", i -> officer.postJson("agreements", agreement("meetingId", i)));
    references.put(
        "retaliation against a measure", i -> officer.postJson("trade-measures", retaliation(i)));
    Map<String, String> referred =
        Map.of(
            "meeting in a mission", "missions",
            "meeting with a participant", "stakeholders",
            "statement by a stakeholder", "stakeholders",
            "follow-up on an agreement", "agreements",
            "follow-up on a meeting", "meetings",
            "follow-up on a mission", "missions",
            "agreement in a mission", "missions",
            "agreement at a meeting", "meetings",
            "retaliation against a measure", "trade-measures");
    references.forEach(
        (what, create) ->
            compare(differences, "officer", what, secret.id(referred.get(what)), create::apply));
    assertEquals(List.of(), differences);
  }

  @Test
  void historyAndRecordPagesOfASecretRecordAreTheNotFoundPage() {
    List<String> differences = new ArrayList<>();
    for (String reader : READERS) {
      Browser browser = signedIn(reader);
      URI home = URI.create(deployment.toString());
      for (String collection : COLLECTIONS) {
        String record = collection.substring(0, collection.length() - 1);
        for (String page : List.of(record, "history", "edit")) {
          long id = secret.id(collection);
          String prefix = collection + "/" + page + ".xhtml?id=";
          Document hidden = browser.open(home.resolve(prefix + id));
          String hiddenAnswer =
              browser.lastResponse().statusCode()
                  + " "
                  + main(hidden).replaceAll("\\b" + id + "\\b", "{id}");
          Document never = browser.open(home.resolve(prefix + NEVER));
          String neverAnswer =
              browser.lastResponse().statusCode()
                  + " "
                  + main(never).replaceAll("\\b" + NEVER + "\\b", "{id}");
          if (!hiddenAnswer.equals(neverAnswer)) {
            differences.add(
                reader + " " + prefix + ": " + hiddenAnswer + " <> never: " + neverAnswer);
          }
          lacksMarker(reader, prefix + id, hidden.outerHtml());
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void theBriefingBookOfAMissionHoldsNoneOfItsSecretRecords() throws IOException {
    for (String reader : READERS) {
      HttpResponse<byte[]> book =
          api(reader).download("missions/" + secret.openMission + "/briefing", "application/pdf");
      assertEquals(200, book.statusCode());
      try (PDDocument document = Loader.loadPDF(book.body())) {
        String text = new PDFTextStripper().getText(document);
        assertTrue(text.length() > 100, "a book with text");
        lacksMarker(reader, "briefing book", text);
      }
    }
  }

  private void compareSteps(List<String> differences, String reader, ApiClient api) {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put("missions/{id}/transitions", "{\"to\": \"UNDERWAY\"}");
    steps.put("meetings/{id}/readout", "{\"readout\": \"Held.\"}");
    steps.put("meetings/{id}/cancellation", null);
    steps.put(
        "agreements/{id}/transitions",
        "{\"to\": \"UNDER_NEGOTIATION\", \"on\": \"2026-03-01\", \"justification\": \"Go.\"}");
    steps.put("agreements/{id}/exemptions", "{\"justification\": \"Reviewed.\"}");
    steps.put("statements/{id}/withdrawal", null);
    steps.put("stakeholders/{id}/archival", null);
    steps.put(
        "trade-measures/{id}/rates",
        "{\"effectiveFrom\": \"2027-07-01\", \"rate\": 12.5, \"note\": \"Up\"}");
    steps.put("trade-measures/{id}/transitions", "{\"to\": \"IN_FORCE\"}");
    steps.put("follow-ups/{id}/completion", null);
    steps.put("follow-ups/{id}/drop", null);
    steps.put("follow-ups/{id}/reopening", null);
    steps.put("carve-outs/{id}/retirement", null);
    steps.forEach(
        (path, body) -> {
          long id = secret.id(path.substring(0, path.indexOf('/')));
          for (String version : List.of("0", "7")) {
            compare(
                differences,
                reader,
                "POST " + path + " at version " + version,
                id,
                i ->
                    api.post(
                        api.uri(path.replace("{id}", "" + i)),
                        "\"" + i + "-" + version + "\"",
                        body));
          }
          compare(
              differences,
              reader,
              "POST " + path + " without If-Match",
              id,
              i -> api.post(api.uri(path.replace("{id}", "" + i)), null, body));
        });
  }

  /**
   * The answer about the SECRET record and about one that never existed, compared whole (status,
   * media type, body with the id replaced).
   */
  private static void compare(
      List<String> differences,
      String reader,
      String what,
      long id,
      java.util.function.LongFunction<HttpResponse<String>> ask) {
    String hidden = answer(ask.apply(id), id);
    String never = answer(ask.apply(NEVER), NEVER);
    if (!hidden.equals(never)) {
      differences.add(reader + " " + what + ": SECRET " + hidden + " <> never existed " + never);
    }
  }

  private static String answer(HttpResponse<String> response, long id) {
    return response.statusCode()
        + " "
        + response.headers().firstValue("Content-Type").orElse("")
        + " "
        + response.body().replaceAll("\\b" + id + "\\b", "{id}");
  }

  private String meeting(long mission, long stakeholder) {
    return """
        {"missionId": %d, "title": "Referring meeting", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head"}],
         "topics": ["CANOLA"], "classification": "PROTECTED_A"}
        """
        .formatted(mission, stakeholder);
  }

  private static String statement(long stakeholder) {
    return """
        {"stakeholderId": %d, "date": "2026-01-14", "stance": "OPPOSES", "sectors": ["CANOLA"],
         "text": "Referring statement", "source": {"publication": "Press"},
         "classification": "PROTECTED_A"}
        """
        .formatted(stakeholder);
  }

  private static String followUp(String kind, long origin) {
    return """
        {"description": "Referring follow-up", "originKind": "%s", "originId": %d,
         "owner": "Desk", "dueDate": "2026-05-20", "classification": "PROTECTED_A"}
        """
        .formatted(kind, origin);
  }

  private static String agreement(String field, long id) {
    return """
        {"title": "Referring arrangement", "parties": ["CA", "CN"], "%s": %d,
         "sectors": ["CANOLA"], "summary": "Canola.", "classification": "PROTECTED_A"}
        """
        .formatted(field, id);
  }

  private static String retaliation(long measure) {
    return """
        {"title": "Referring surtax", "imposingCountry": "CA", "targetCountry": "CN",
         "type": "SURTAX", "productLines": [{"description": "Steel", "hsCode": "72"}],
         "source": {"publication": "Gazette"}, "retaliatesAgainstId": %d,
         "inForceFrom": "2026-07-01", "classification": "PROTECTED_A"}
        """
        .formatted(measure);
  }

  private ApiClient api(String reader) {
    return ApiClient.as(deployment, reader);
  }

  private Browser signedIn(String reader) {
    Browser browser = new Browser();
    browser.signIn(URI.create(deployment.toString()), reader);
    return browser;
  }

  /** The dashboard's content as the reader sees it (its main region's text). */
  private String dashboard(String reader) {
    return main(signedIn(reader).open(URI.create(deployment.toString()).resolve("index.xhtml")));
  }

  private static String main(Document page) {
    var main = page.selectFirst("main");
    return main == null ? page.body().text() : main.text();
  }

  /** Every page of a list (JSON, CSV or iCalendar), concatenated. */
  private static String wholeList(ApiClient api, String collection, String format) {
    StringBuilder all = new StringBuilder();
    long total = total(api.get(collection + "?size=1"));
    for (int page = 0; page * 200L < Math.max(total, 1); page++) {
      HttpResponse<String> answer = api.get(collection + "?size=200&page=" + page + format);
      assertEquals(200, answer.statusCode(), collection + format + ": " + answer.body());
      all.append(answer.body());
    }
    return all.toString();
  }

  private static long total(HttpResponse<String> list) {
    assertEquals(200, list.statusCode(), list.body());
    return json(list).getJsonNumber("total").longValue();
  }

  /** What a cache would revalidate a list with. */
  private static Optional<String> validators(HttpResponse<String> list) {
    var etag = list.headers().firstValue("ETag");
    var modified = list.headers().firstValue("Last-Modified");
    return etag.isEmpty() && modified.isEmpty()
        ? Optional.empty()
        : Optional.of(etag.orElse("") + " " + modified.orElse(""));
  }

  private void lacksMarker(String reader, String where, String content) {
    assertFalse(content.contains(secret.marker), reader + " sees the SECRET marker in " + where);
  }
}
