package ca.gc.engagement.faults;

import static ca.gc.engagement.support.Answers.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running server and comes back: meanwhile the API answers 503 with
 * a problem body, the pages a plain "temporarily unavailable" page, and readiness turns DOWN; once
 * the database is back the service returns by itself (nobody restarts or reloads anything) and
 * takes writes again.
 */
class DatabaseOutageIT {

  /** How long the pool may take to find the database again; the test waits, never sleeps blind. */
  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

  private static H2TcpDatabase database;
  private static ScratchServer server;

  @BeforeAll
  static void start() throws IOException {
    Path files =
        Files.createDirectories(
            Path.of(System.getProperty("engagement.build.directory"), "faults", "outage-db"));
    try (var old = Files.list(files)) {
      for (Path file : (Iterable<Path>) old::iterator) {
        Files.delete(file);
      }
    }
    database = H2TcpDatabase.in(files);
    server =
        ScratchServer.prepare("outage")
            .withEnvironment("ENGAGEMENT_DB_URL", database.url())
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void withoutItsDatabaseTheServiceSaysUnavailableAndComesBackByItself() throws Exception {
    var officer = ApiClient.as(server.application(), "officer");
    assertEquals(200, officer.get("missions").statusCode());

    database.stop();

    HttpResponse<String> read = officer.get("missions");
    assertUnavailable(read);
    HttpResponse<String> write = officer.postJson("missions", mission("During the outage"));
    assertUnavailable(write);

    HttpResponse<String> page = page("missions/");
    assertEquals(503, page.statusCode(), page.body());
    assertTrue(page.body().contains("temporarily unavailable"), page.body());
    assertFalse(page.body().contains("Exception"), page.body());

    HttpResponse<String> ready = server.management("/health/ready");
    assertEquals(503, ready.statusCode(), ready.body());
    assertEquals("DOWN", check(ready, "engagement-database").getString("status"), ready.body());

    database.start();

    awaitReady();
    assertEquals(200, officer.get("missions").statusCode());
    String title = "After the outage " + UUID.randomUUID();
    HttpResponse<String> created = officer.postJson("missions", mission(title));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> back =
        officer.get(URI.create(created.headers().firstValue("Location").orElseThrow()));
    assertEquals(title, json(back).getString("title"));
    assertEquals(200, page("missions/").statusCode());
    System.out.printf(
        "Outage: API read %d and write %d (problem %s), page %d, readiness %d while the database"
            + " was down; readiness %d and a write %d once it was back%n",
        read.statusCode(),
        write.statusCode(),
        json(read).getString("type"),
        page.statusCode(),
        ready.statusCode(),
        server.management("/health/ready").statusCode(),
        created.statusCode());
  }

  private static void assertUnavailable(HttpResponse<String> answer) {
    assertEquals(503, answer.statusCode(), answer.body());
    assertEquals(
        "application/problem+json",
        answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    JsonObject problem = json(answer);
    assertEquals(503, problem.getInt("status"));
    assertEquals(
        "https://engagement.example/problems/database-unavailable", problem.getString("type"));
    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "no Retry-After");
    assertFalse(answer.body().contains("Exception"), answer.body());
  }

  /** Readiness UP again, waiting at most RECOVERY_LIMIT: the pool must reconnect unaided. */
  private static void awaitReady() {
    long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
    HttpResponse<String> ready = server.management("/health/ready");
    while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
      ScratchServer.pause(Duration.ofMillis(500));
      ready = server.management("/health/ready");
    }
    assertEquals(200, ready.statusCode(), "still not ready: " + ready.body());
  }

  private static JsonObject check(HttpResponse<String> health, String name) {
    return Json.createReader(new StringReader(health.body()))
        .readObject()
        .getJsonArray("checks")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + ": " + health.body()));
  }

  /** A page as a signed-in officer's browser asks for it (the pages also take HTTP Basic). */
  private static HttpResponse<String> page(String path) throws Exception {
    return ApiClient.as(server.application(), "officer")
        .accepting("text/html")
        .get(URI.create(server.application() + path));
  }

  private static String mission(String title) {
    return """
        {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
         "startDate": "2026-09-01", "endDate": "2026-09-05", "lead": "Minister of Energy",
         "objectives": "Energy exports", "classification": "UNCLASSIFIED"}
        """
        .formatted(title);
  }
}
