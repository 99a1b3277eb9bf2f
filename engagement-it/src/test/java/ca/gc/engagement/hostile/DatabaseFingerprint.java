package ca.gc.engagement.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the database holds, read through {@link DatabaseFingerprintServlet}: each table's row count
 * and content hash. Two fingerprints are compared table by table, so a difference names the tables.
 */
record DatabaseFingerprint(Map<String, String> tables) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static DatabaseFingerprint of(URL deployment) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(deployment.toString()).resolve("test-support/database-fingerprint"))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString("admin:admin-demo".getBytes(StandardCharsets.UTF_8)))
              .timeout(Duration.ofSeconds(60))
              .build();
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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
    } catch (java.io.IOException e) {
      throw new IllegalStateException("No fingerprint: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
