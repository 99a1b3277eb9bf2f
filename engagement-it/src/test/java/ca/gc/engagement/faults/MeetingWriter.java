package ca.gc.engagement.faults;

import static ca.gc.engagement.support.Answers.json;

import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A department's system scheduling meetings as fast as the server takes them, each with a
 * participant and two topics (so one write is several rows in several tables), and keeping what the
 * server acknowledged: for every 201, the Location and the body answered. Every attempt is kept
 * too, so that a meeting found after a crash without an acknowledgement can still be checked whole.
 */
final class MeetingWriter implements Runnable {

  /** A meeting the server acknowledged with 201. */
  record Acknowledged(URI location, JsonObject body) {}

  private final ApiClient officer;
  private final String run;
  private final int writer;
  private final long stakeholder;
  private final Map<String, Acknowledged> acknowledged;
  private final Map<String, String> attempted;
  private final AtomicInteger otherAnswers;
  private volatile boolean stopped;

  MeetingWriter(
      ApiClient officer,
      String run,
      int writer,
      long stakeholder,
      Map<String, Acknowledged> acknowledged,
      Map<String, String> attempted,
      AtomicInteger otherAnswers) {
    this.officer = officer;
    this.run = run;
    this.writer = writer;
    this.stakeholder = stakeholder;
    this.acknowledged = acknowledged;
    this.attempted = attempted;
    this.otherAnswers = otherAnswers;
  }

  static Map<String, Acknowledged> acknowledgements() {
    return new ConcurrentHashMap<>();
  }

  static String body(String title, long stakeholder) {
    return """
        {"title": "%s", "kind": "BILATERAL",
         "startsAt": "2026-06-01T01:00:00Z", "endsAt": "2026-06-01T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"}],
         "topics": ["CANOLA", "SEAFOOD"], "agenda": "Written before the crash",
         "classification": "UNCLASSIFIED"}
        """
        .formatted(title, stakeholder);
  }

  @Override
  public void run() {
    for (int n = 0; !stopped; n++) {
      String title = run + " writer " + writer + " meeting " + n;
      String body = body(title, stakeholder);
      attempted.put(title, body);
      HttpResponse<String> answer;
      try {
        answer = officer.postJson("meetings", body);
      } catch (IllegalStateException noAnswer) {
        return;
      }
      if (answer.statusCode() == 201) {
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        acknowledged.put(title, new Acknowledged(location, json(answer)));
      } else {
        otherAnswers.incrementAndGet();
      }
    }
  }

  void stop() {
    stopped = true;
  }
}
