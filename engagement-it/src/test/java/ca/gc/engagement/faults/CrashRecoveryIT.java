package ca.gc.engagement.faults;

import static ca.gc.engagement.support.Answers.array;
import static ca.gc.engagement.support.Answers.each;
import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.faults.MeetingWriter.Acknowledged;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Records;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL) while four clients schedule meetings through the API, and started
 * again on the same database: every meeting it had acknowledged with 201 is there exactly as it was
 * answered, with its audit entry, and every meeting of the run it holds is whole (its participant,
 * its topics, its audit entry), acknowledged or not; the database file, read once the server is
 * stopped, holds no part of a meeting without the rest. {@code -Dfaults.crash.kills=N} kills it N
 * times (1 in the normal test command).
 */
class CrashRecoveryIT {

  private static final int WRITERS = 4;
  private static final int WRITES_BEFORE_EACH_KILL = 40;

  private static ScratchServer server;

  @BeforeAll
  static void start() {
    server = ScratchServer.prepare("crash").start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKillWholeAndNothingIsHalfWritten() throws Exception {
    String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    long stakeholder = stakeholderOnFile();
    Map<String, Acknowledged> acknowledged = MeetingWriter.acknowledgements();
    Map<String, String> attempted = new ConcurrentHashMap<>();
    AtomicInteger otherAnswers = new AtomicInteger();
    int kills = Integer.getInteger("faults.crash.kills", 1);

    for (int kill = 1; kill <= kills; kill++) {
      int target = acknowledged.size() + WRITES_BEFORE_EACH_KILL;
      List<Thread> threads = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        var writer =
            new MeetingWriter(
                ApiClient.as(server.application(), "officer"),
                run + " kill " + kill,
                w,
                stakeholder,
                acknowledged,
                attempted,
                otherAnswers);
        Thread thread = new Thread(writer, "writer-" + w);
        thread.start();
        threads.add(thread);
      }
      while (acknowledged.size() < target) {
        ScratchServer.pause(Duration.ofMillis(20));
      }
      server.kill();
      for (Thread thread : threads) {
        thread.join();
      }
      server.start();
      assertEveryAcknowledgedMeetingIsThere(acknowledged);
    }

    List<JsonObject> found = meetingsOfTheRun(run);
    for (JsonObject meeting : found) {
      String title = meeting.getString("title");
      String sent = attempted.get(title);
      assertNotNull(sent, "a meeting nobody sent: " + meeting);
      assertWhole(meeting, sent);
      assertAudited(URI.create(server.application() + "api/v1/meetings/" + meeting.getInt("id")));
    }
    assertEquals(0, otherAnswers.get(), "answers other than 201 while writing");
    assertTrue(found.size() >= acknowledged.size());
    server.close();
    assertNoRowsHalfWritten(run, found.size());
    System.out.printf(
        "Crash: %d kill(s); %d writes tried, %d acknowledged (201), %d of them found whole after"
            + " restart; %d meetings of the run found in all (%d in flight at a kill and kept)%n",
        kills,
        attempted.size(),
        acknowledged.size(),
        acknowledged.size(),
        found.size(),
        found.size() - acknowledged.size());
  }

  /**
   * What the API cannot show, read in the database file once the server is stopped: no meeting of
   * the run without its participant, its two topics or its creation in the audit trail, and no
   * creation in the audit trail without its meeting.
   */
  private static void assertNoRowsHalfWritten(String run, int meetings) throws SQLException {
    String ofTheRun = run + "%";
    try (Connection db = DriverManager.getConnection(server.stoppedDatabaseUrl(), "sa", "sa")) {
      assertEquals(
          meetings, count(db, "select count(*) from meeting where title like ?", ofTheRun));
      assertEquals(
          0,
          count(
              db,
              "select count(*) from meeting m where m.title like ? and (select count(*) from"
                  + " meeting_participant p where p.meeting_id = m.id) <> 1",
              ofTheRun),
          "meetings without their participant");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from meeting m where m.title like ? and (select count(*) from"
                  + " meeting_topic t where t.meeting_id = m.id) <> 2",
              ofTheRun),
          "meetings without their topics");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from meeting m where m.title like ? and not exists (select 1 from"
                  + " meeting_aud a join revision r on r.id = a.rev where a.id = m.id and"
                  + " a.revtype = 0)",
              ofTheRun),
          "meetings without their creation in the audit trail");
      assertEquals(
          0,
          count(
              db,
              "select count(*) from meeting_aud a where a.title like ? and not exists (select 1"
                  + " from meeting m where m.id = a.id)",
              ofTheRun),
          "creations in the audit trail without their meeting");
    }
  }

  private static long count(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void assertEveryAcknowledgedMeetingIsThere(Map<String, Acknowledged> acknowledged) {
    var officer = ApiClient.as(server.application(), "officer");
    for (Acknowledged ack : acknowledged.values()) {
      HttpResponse<String> read = officer.get(ack.location());
      assertEquals(200, read.statusCode(), "acknowledged, lost: " + ack.location());
      assertEquals(ack.body(), json(read), "acknowledged, changed: " + ack.location());
      assertAudited(ack.location());
    }
  }

  /** The meeting carries what was sent: its participant and its topics, not just its own row. */
  private static void assertWhole(JsonObject meeting, String sent) {
    JsonObject expected = Json.createReader(new StringReader(sent)).readObject();
    assertEquals(expected.getJsonArray("topics"), meeting.getJsonArray("topics"), "" + meeting);
    assertEquals(1, meeting.getJsonArray("participants").size(), "" + meeting);
    JsonObject participant = meeting.getJsonArray("participants").getJsonObject(0);
    JsonObject sentParticipant = expected.getJsonArray("participants").getJsonObject(0);
    for (String field : List.of("stakeholderId", "side", "role")) {
      assertEquals(sentParticipant.get(field), participant.get(field), "" + meeting);
    }
    for (String field : List.of("kind", "startsAt", "endsAt", "timeZone", "agenda")) {
      assertEquals(expected.get(field), meeting.get(field), "" + meeting);
    }
  }

  /** Its history starts with the creation, by the officer who wrote it. */
  private void assertAudited(URI meeting) {
    HttpResponse<String> history =
        ApiClient.as(server.application(), "officer").get(URI.create(meeting + "/history"));
    assertEquals(200, history.statusCode(), history.body());
    assertEquals(List.of("CREATED"), each(array(history), "change"), meeting.toString());
    assertEquals(List.of("officer"), each(array(history), "by"), meeting.toString());
  }

  private List<JsonObject> meetingsOfTheRun(String run) {
    var viewer = ApiClient.as(server.application(), "officer");
    List<JsonObject> found = new ArrayList<>();
    Map<Integer, JsonObject> byId = new HashMap<>();
    for (int page = 0; ; page++) {
      HttpResponse<String> list =
          viewer.get(
              "meetings?size=200&page="
                  + page
                  + "&q="
                  + URLEncoder.encode(run, StandardCharsets.UTF_8));
      assertEquals(200, list.statusCode(), list.body());
      var items = json(list).getJsonArray("items");
      for (JsonValue item : items) {
        byId.putIfAbsent(item.asJsonObject().getInt("id"), item.asJsonObject());
      }
      if (items.size() < 200) {
        break;
      }
    }
    found.addAll(byId.values());
    return found;
  }

  /** Mark Carney, on file in the demo dataset. */
  private long stakeholderOnFile() {
    return Records.carney(ApiClient.as(server.application(), "viewer"));
  }
}
