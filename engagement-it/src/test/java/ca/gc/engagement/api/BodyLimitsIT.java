package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bodies the API will not read: beyond the limit (1 MiB by default), whether the length is declared
 * or the body comes in chunks, and in a media type it does not read. Each a problem, nothing
 * stored. The oversized bodies are valid missions padded with whitespace, so that only their size
 * stops them.
 */
class BodyLimitsIT extends AgainstTheBuiltEar {

  private static final int MIB = 1024 * 1024;

  @Test
  void aBodyOverTheLimitWithItsLengthDeclaredIsA413ProblemAndNothingIsStored() throws Exception {
    String title = "Oversized mission " + UUID.randomUUID();
    byte[] body = mission(title, 2 * MIB);

    HttpResponse<String> refused = post(HttpRequest.BodyPublishers.ofByteArray(body));

    assertTooLarge(refused);
    assertFalse(stored(title), "a mission was stored from a refused body");
  }

  @Test
  void aChunkedBodyOverTheLimitIsA413ProblemAndNothingIsStored() throws Exception {
    String title = "Oversized chunked mission " + UUID.randomUUID();
    byte[] body = mission(title, 2 * MIB);

    // No length known in advance: the client sends it chunked, without Content-Length.
    HttpResponse<String> refused =
        post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertTooLarge(refused);
    assertFalse(stored(title), "a mission was stored from a refused body");
  }

  @Test
  void aLargeBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
    String title = "Large but acceptable mission " + UUID.randomUUID();

    HttpResponse<String> created =
        post(HttpRequest.BodyPublishers.ofByteArray(mission(title, MIB - 4096)));

    assertEquals(201, created.statusCode(), created.body());
    assertTrue(stored(title));
  }

  @Test
  void aBodyInAnotherMediaTypeIsA415Problem() {
    HttpResponse<String> refused =
        ApiClient.as(deployment, "officer")
            .post("missions", "text/plain", "Trade mission to Japan");

    JsonObject problem = Answers.problem(refused, 415);
    assertEquals("This resource reads application/json.", problem.getString("detail"));
  }

  private static void assertTooLarge(HttpResponse<String> refused) {
    JsonObject problem = Answers.problem(refused, 413);
    assertEquals("https://engagement.example/problems/body-too-large", problem.getString("type"));
    assertTrue(problem.getString("detail").contains("1 MiB"), problem.getString("detail"));
  }

  /** A valid mission of about {@code size} bytes: whitespace before the closing brace. */
  private static byte[] mission(String title, int size) {
    String json =
        """
        {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
         "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of International Trade",
         "objectives": "Agri-food market access", "classification": "PROTECTED_A"
        """
            .formatted(title);
    return (json + " ".repeat(Math.max(0, size - json.length())) + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(HttpRequest.BodyPublisher body) {
    ApiClient officer = ApiClient.as(deployment, "officer").waitingUpTo(Duration.ofSeconds(60));
    return officer.send(
        officer
            .request(officer.uri("missions"))
            .header("Content-Type", "application/json")
            .POST(body));
  }

  private boolean stored(String title) {
    HttpResponse<String> found =
        ApiClient.as(deployment, "officer")
            .get("missions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
    return Answers.items(found).stream().anyMatch(m -> m.getString("title").equals(title));
  }
}
