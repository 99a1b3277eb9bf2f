package ca.gc.engagement.api;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kept answers (docs/decisions/0027-kept-answers.md), as a polling system sees them: the same list
 * asked again is the same answer with the same ETag, and {@code If-None-Match} with it is answered
 * 304 while its bytes are unchanged (computed anew too: {@code Cache-Control: no-cache}, or after a
 * write the reader cannot see); a meeting scheduled or reclassified changes the very next answer; a
 * kept answer is never given to another caller, nor to a caller whose credentials fail.
 */
class KeptAnswersIT extends AgainstTheBuiltEar {

  /** A word no other meeting has, so each test's list holds only its own meetings. */
  private String topic;

  private ApiClient viewer;
  private ApiClient approver;

  @BeforeEach
  void topic() {
    topic = "keptword" + UUID.randomUUID().toString().substring(0, 8);
    viewer = ApiClient.as(deployment, "viewer");
    approver = ApiClient.as(deployment, "approver");
  }

  private String list() {
    return "meetings?q=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
  }

  @Test
  void aListAskedAgainIsTheSameAnswerAndItsTagIsAnswered304() {
    schedule("Seafood talks " + topic, "UNCLASSIFIED");
    HttpResponse<String> first = viewer.get(list());
    HttpResponse<String> again = viewer.get(list());

    assertEquals(200, again.statusCode());
    assertEquals(first.body(), again.body());
    assertEquals(1, total(again));
    assertNotNull(etag(first), "a list is tagged");
    assertEquals(etag(first), etag(again));
    assertEquals("no-store", again.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<String> still = viewer.getUnlessStill(list(), etag(again));
    assertEquals(304, still.statusCode());
    assertEquals("", still.body());
    assertEquals(etag(again), etag(still));
    assertEquals("no-store", still.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<String> afresh = viewer.getAfresh(list(), etag(again));
    assertEquals(
        304,
        afresh.statusCode(),
        "Cache-Control: no-cache computes the answer anew: the same bytes, so still 304");
    assertEquals(etag(first), etag(afresh), "the same bytes, the same tag");
  }

  @Test
  void aMeetingScheduledIsInTheVeryNextAnswerAndTheOldTagNoLongerHolds() {
    HttpResponse<String> before = viewer.get(list());
    assertEquals(0, total(before));
    assertEquals(0, total(viewer.get(list())), "kept");

    schedule("Canola talks " + topic, "UNCLASSIFIED");
    HttpResponse<String> after = viewer.getUnlessStill(list(), etag(before));

    assertEquals(200, after.statusCode(), "the list changed, so the old tag is not answered 304");
    assertEquals(1, total(after));
    assertNotEquals(etag(before), etag(after));
  }

  /**
   * Issue 15, item 8: a write the reader cannot see (a SECRET meeting matching their list, by an
   * approver) empties every kept answer; the viewer's list computed anew is the same bytes, so
   * their tag is still answered 304, as if nothing had been written: a 200 would reveal hidden
   * activity.
   */
  @Test
  void aWriteTheReaderCannotSeeStillAnswersTheirTag304() {
    schedule("Open talks " + topic, "UNCLASSIFIED");
    HttpResponse<String> before = viewer.get(list());
    assertEquals(1, total(before));
    String tag = etag(before);

    schedule("Secret talks " + topic, "SECRET");
    assertEquals(2, total(approver.get(list())), "the approver sees the SECRET meeting");
    HttpResponse<String> after = viewer.getUnlessStill(list(), tag);

    assertEquals(304, after.statusCode(), after.body());
    assertEquals("", after.body());
    assertEquals(tag, etag(after));
    assertEquals("no-store", after.headers().firstValue("Cache-Control").orElseThrow());
    HttpResponse<String> whole = viewer.get(list());
    assertEquals(before.body(), whole.body(), "the same bytes");
    assertEquals(tag, etag(whole));

    schedule("Open follow-up talks " + topic, "UNCLASSIFIED");
    HttpResponse<String> changed = viewer.getUnlessStill(list(), tag);
    assertEquals(200, changed.statusCode(), "a write the reader sees is a new answer");
    assertEquals(2, total(changed));
  }

  @Test
  void aKeptAnswerIsNeverGivenToAnotherCaller() {
    schedule("Open talks " + topic, "UNCLASSIFIED");
    schedule("Secret talks " + topic, "SECRET");
    HttpResponse<String> secret = approver.get(list());
    assertEquals(2, total(secret));
    assertEquals(2, total(approver.get(list())), "kept for the approver");

    HttpResponse<String> open = viewer.get(list());
    assertEquals(1, total(open), open.body());
    assertTrue(!open.body().contains("Secret talks"), open.body());
    assertEquals(200, viewer.getUnlessStill(list(), etag(secret)).statusCode());

    HttpResponse<String> refused =
        ApiClient.withPassword(deployment, "approver", "not-the-password").get(list());
    assertEquals(401, refused.statusCode());
    assertTrue(!refused.body().contains("Secret talks"), refused.body());
  }

  @Test
  void aMeetingReclassifiedAboveTheReaderLeavesItsKeptDetail() {
    HttpResponse<String> scheduled = schedule("Fisheries talks " + topic, "UNCLASSIFIED");
    URI meeting = URI.create(scheduled.headers().firstValue("Location").orElseThrow());
    assertEquals(200, viewer.get(meeting).statusCode());
    HttpResponse<String> kept = viewer.get(meeting);
    assertEquals(200, kept.statusCode());
    assertEquals(etag(scheduled), etag(kept), "the detail keeps the record's version tag");

    var officer = ApiClient.as(deployment, "officer");
    JsonObject read = json(officer.get(meeting));
    HttpResponse<String> revised =
        officer.put(meeting, etag(kept), meetingJson(read.getString("title"), "PROTECTED_B"));
    assertEquals(200, revised.statusCode(), revised.body());

    assertEquals(404, viewer.get(meeting).statusCode(), "above a Protected A reader now");
  }

  private HttpResponse<String> schedule(String title, String classification) {
    HttpResponse<String> created =
        ApiClient.as(deployment, "approver")
            .postJson("meetings", meetingJson(title, classification));
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  private static String meetingJson(String title, String classification) {
    return """
        {"title": "%s", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [], "topics": [], "agenda": "Talks", "classification": "%s"}
        """
        .formatted(title, classification);
  }
}
