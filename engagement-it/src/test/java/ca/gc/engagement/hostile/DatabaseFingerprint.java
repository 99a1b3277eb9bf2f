package ca.gc.engagement.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the database holds, read through {@link DatabaseFingerprintServlet}: each table's row count
 * and content hash. Two fingerprints are compared table by table, so a difference names the tables.
 */
record DatabaseFingerprint(Map<String, String> tables) {

  static DatabaseFingerprint of(URL deployment) {
    HttpResponse<String> answer =
        ApiClient.as(deployment, "admin")
            .acceptingAnything()
            .waitingUpTo(Duration.ofSeconds(60))
            .get(URI.create(deployment.toString()).resolve("test-support/database-fingerprint"));
    assertEquals(200, answer.statusCode(), answer.body());
    Map<String, String> tables = new TreeMap<>();
    answer
        .body()
        .lines()
        .forEach(
            line -> {
              int space = line.indexOf(' ');
              tables.put(line.substring(0, space), line.substring(space + 1));
            });
    assertTrue(
        tables.keySet().stream().anyMatch(t -> t.toLowerCase().contains("flyway")),
        tables::toString);
    return new DatabaseFingerprint(tables);
  }

  /**
   * The tables whose rows differ from {@code before}'s, with both counts and hashes; empty if none.
   */
  String differencesFrom(DatabaseFingerprint before) {
    return before.tables.keySet().stream()
            .filter(t -> !before.tables.get(t).equals(tables.get(t)))
            .map(t -> t + ": " + before.tables.get(t) + " -> " + tables.get(t))
            .collect(Collectors.joining("; "))
        + tables.keySet().stream()
            .filter(t -> !before.tables.containsKey(t))
            .map(t -> "; new table " + t)
            .collect(Collectors.joining());
  }
}
