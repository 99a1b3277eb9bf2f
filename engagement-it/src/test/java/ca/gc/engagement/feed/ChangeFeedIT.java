package ca.gc.engagement.feed;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/changes} over real HTTP, as a system keeping its own copy in sync reads it:
 * what a write puts in it and in which order, paging with next and Link, the kinds filter, what a
 * reader of each clearance sees (now), and the parameters refused.
 */
class ChangeFeedIT extends AgainstTheBuiltEar {

  private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  /** One page: its items and its next cursor; the Link header says the same as next. */
  private record Page(List<JsonObject> items, String next) {}

  private static Page page(ApiClient reader, String query) {
    HttpResponse<String> answer = reader.get("changes" + (query.isEmpty() ? "" : "?" + query));
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject body = json(answer);
    String next = body.getString("next");
    String link =
        answer.headers().firstValue("Link").orElseThrow(() -> new AssertionError("no Link"));
    Matcher matcher = NEXT_LINK.matcher(link);
    assertTrue(matcher.find(), link);
    assertTrue(
        matcher.group(1).contains("after=" + next),
        "Link " + link + " does not continue from " + next);
    assertTrue(URI.create(matcher.group(1)).isAbsolute(), link);
    return new Page(body.getJsonArray("items").getValuesAs(JsonObject.class), next);
  }

  /**
   * Every entry after {@code after} (null: the beginning), following next until a page is empty.
   */
  private static List<JsonObject> walk(ApiClient reader, String after, String kinds, int size) {
    List<JsonObject> walked = new ArrayList<>();
    String cursor = after;
    for (int pages = 0; pages < 10_000; pages++) {
      List<String> query = new ArrayList<>();
      if (cursor != null) {
        query.add("after=" + cursor);
      }
      if (kinds != null) {
        query.add("kinds=" + URLEncoder.encode(kinds, StandardCharsets.UTF_8));
      }
      query.add("size=" + size);
      Page page = page(reader, String.join("&", query));
      assertTrue(page.items().size() <= size, "a page larger than its size");
      if (page.items().isEmpty()) {
        assertEquals(
            cursor == null ? page.next() : cursor, page.next(), "an empty page keeps the place");
        return walked;
      }
      assertEquals(page.items().get(page.items().size() - 1).getString("cursor"), page.next());
      walked.addAll(page.items());
      cursor = page.next();
    }
    throw new AssertionError("the feed never ended");
  }

  /** The cursor at the end of the feed as it is now. */
  private static String end(ApiClient reader) {
    String cursor = null;
    while (true) {
      Page page = page(reader, (cursor == null ? "" : "after=" + cursor + "&") + "size=200");
      if (page.items().isEmpty()) {
        return page.next();
      }
      cursor = page.next();
    }
  }

  private static List<String> linesOf(List<JsonObject> entries, long id, String kind) {
    return entries.stream()
        .filter(e -> e.getString("kind").equals(kind) && e.getJsonNumber("id").longValue() == id)
        .map(e -> e.getString("change") + " " + e.getString("href"))
        .toList();
  }

  private static String mission(String title, String classification) {
    return """
        {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
         "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Energy",
         "objectives": "Energy exports", "classification": "%s"}
        """
        .formatted(title, classification);
  }

  @Test
  void aMissionCreatedRevisedAndSteppedIsCreatedThenChangedTwiceAtItsAddress() {
    var officer = ApiClient.as(deployment, "officer");
    String before = end(officer);
    String title = "Feed mission " + UUID.randomUUID();

    HttpResponse<String> created = officer.postJson("missions", mission(title, "PROTECTED_A"));
    long id = Records.idOfCreated(created);
    URI address = location(created);
    HttpResponse<String> revised =
        officer.put(address, etag(created), mission(title + " (revised)", "PROTECTED_A"));
    assertEquals(200, revised.statusCode(), revised.body());
    HttpResponse<String> stepped =
        officer.post(URI.create(address + "/transitions"), etag(revised), "{\"to\": \"UNDERWAY\"}");
    assertEquals(200, stepped.statusCode(), stepped.body());

    List<JsonObject> entries = walk(officer, before, "missions", 200);
    assertEquals(
        List.of("CREATED " + address, "CHANGED " + address, "CHANGED " + address),
        linesOf(entries, id, "missions"));
    JsonObject first =
        entries.stream()
            .filter(e -> e.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertFalse(first.getString("at").isBlank());
    assertEquals(200, officer.get(URI.create(first.getString("href"))).statusCode());
  }

  @Test
  void pagingWithNextWalksTheWholeFeedWithNoGapOrRepeat() {
    var viewer = ApiClient.as(deployment, "viewer");
    List<JsonObject> bySeven = walk(viewer, null, null, 7);
    List<JsonObject> byTwoHundred = walk(viewer, null, null, 200);

    List<String> cursors = bySeven.stream().map(e -> e.getString("cursor")).toList();
    assertEquals(cursors.size(), new HashSet<>(cursors).size(), "an entry came twice");
    assertTrue(bySeven.size() > 20, "the demo dataset is in the feed: " + bySeven.size());
    assertEquals(bySeven, byTwoHundred.subList(0, bySeven.size()));
    assertEquals(
        Set.of("CREATED", "CHANGED"),
        bySeven.stream().map(e -> e.getString("change")).collect(Collectors.toSet()));
  }

  @Test
  void kindsKeepOnlyThoseCollections() {
    var viewer = ApiClient.as(deployment, "viewer");
    Set<String> asked = Set.of("meetings", "agreements");
    List<JsonObject> expected =
        walk(viewer, null, null, 200).stream()
            .filter(e -> asked.contains(e.getString("kind")))
            .toList();
    List<JsonObject> some = walk(viewer, null, "meetings,agreements", 200);

    assertFalse(expected.isEmpty());
    assertTrue(some.stream().allMatch(e -> asked.contains(e.getString("kind"))));
    assertEquals(expected, some.subList(0, expected.size()));
  }

  @Test
  void aProtectedBReaderNeverSeesASecretRecordAndLosesOneReclassifiedAbove() {
    var approver = ApiClient.as(deployment, "approver");
    var officer = ApiClient.as(deployment, "officer");
    String before = end(approver);

    long secret =
        Records.idOfCreated(
            approver.postJson(
                "missions", mission("Secret feed mission " + UUID.randomUUID(), "SECRET")));
    HttpResponse<String> shared =
        approver.postJson(
            "missions", mission("Shared feed mission " + UUID.randomUUID(), "PROTECTED_B"));
    long sharedId = Records.idOfCreated(shared);

    List<JsonObject> officerSees = walk(officer, before, "missions", 200);
    assertEquals(List.of(), linesOf(officerSees, secret, "missions"));
    assertEquals(
        List.of("CREATED " + location(shared)), linesOf(officerSees, sharedId, "missions"));
    List<JsonObject> approverSees = walk(approver, before, "missions", 200);
    assertEquals(1, linesOf(approverSees, secret, "missions").size());
    assertEquals(1, linesOf(approverSees, sharedId, "missions").size());

    HttpResponse<String> raised =
        approver.put(location(shared), etag(shared), mission("Shared, now secret", "SECRET"));
    assertEquals(200, raised.statusCode(), raised.body());

    assertEquals(List.of(), linesOf(walk(officer, before, "missions", 200), sharedId, "missions"));
    assertEquals(List.of(), linesOf(walk(officer, null, null, 200), sharedId, "missions"));
    assertEquals(404, officer.get(location(shared)).statusCode());
    assertEquals(
        List.of("CREATED " + location(shared), "CHANGED " + location(shared)),
        linesOf(walk(approver, before, "missions", 200), sharedId, "missions"));
  }

  @Test
  void badParametersAre400NamingThem() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals(Set.of("after"), errors(viewer.get("changes?after=105")).keySet());
    assertEquals(Set.of("after"), errors(viewer.get("changes?after=")).keySet());
    assertEquals(Set.of("size"), errors(viewer.get("changes?size=0")).keySet());
    assertEquals(Set.of("size"), errors(viewer.get("changes?size=201")).keySet());
    assertEquals(Set.of("size"), errors(viewer.get("changes?size=ten")).keySet());
    assertEquals(Set.of("kinds"), errors(viewer.get("changes?kinds=missions,sectors")).keySet());
    assertEquals(Set.of("kinds"), errors(viewer.get("changes?kinds=missions,")).keySet());
    assertEquals(Set.of("page"), errors(viewer.get("changes?page=2")).keySet());
    assertEquals(
        Set.of("after", "kinds", "size", "since"),
        errors(viewer.get("changes?after=x&size=-1&kinds=nope&since=2026-01-01")).keySet());
  }

  @Test
  void nobodySignedInGets401() {
    assertEquals(401, ApiClient.anonymous(deployment).get("changes").statusCode());
  }
}
