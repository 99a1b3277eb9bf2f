package ca.gc.engagement.subscription.control;

import ca.gc.engagement.subscription.entity.Delivery;
import ca.gc.engagement.subscription.entity.DeliveryOutcome;
import ca.gc.engagement.subscription.entity.WebhookSignature;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one change to a receiver, signed as the Standard Webhooks specification says, and says what
 * came of it. Redirects are never followed (the receiver's URL was checked against the allow-list;
 * where it redirects to was not), each attempt gives up after 10 seconds, and at most {@link
 * Delivery#ANSWER_KEPT} bytes of the answer are kept: a receiver cannot hold a dispatcher thread or
 * fill its memory.
 */
public final class WebhookPost {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private WebhookPost() {}

  /** What one attempt came to. {@code statusCode} is null when nothing answered. */
  public record Sent(DeliveryOutcome outcome, Integer statusCode, String answer, Duration elapsed) {

    public boolean delivered() {
      return outcome == DeliveryOutcome.DELIVERED;
    }
  }

  public static Sent send(URI receiver, byte[] key, String webhookId, Instant now, String body) {
    long timestamp = now.getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(receiver)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("webhook-id", webhookId)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", WebhookSignature.of(key, webhookId, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    long start = System.nanoTime();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    CompletableFuture<HttpResponse<Void>> answered =
        CLIENT.sendAsync(
            request,
            info ->
                HttpResponse.BodySubscribers.ofByteArrayConsumer(
                    chunk -> chunk.ifPresent(bytes -> keep(kept, bytes))));
    try {
      // The whole exchange, answer included, within the timeout: a receiver that sends its
      // answer slowly is cut off like one that does not answer.
      int status = answered.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
      DeliveryOutcome outcome =
          status >= 200 && status < 300
              ? DeliveryOutcome.DELIVERED
              : status >= 300 && status < 400
                  ? DeliveryOutcome.REDIRECTED
                  : DeliveryOutcome.REJECTED;
      return new Sent(outcome, status, text(kept), since(start));
    } catch (TimeoutException timedOut) {
      answered.cancel(true);
      return new Sent(DeliveryOutcome.TIMED_OUT, null, "No answer within 10 s", since(start));
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      return cause instanceof HttpTimeoutException
          ? new Sent(DeliveryOutcome.TIMED_OUT, null, String.valueOf(cause), since(start))
          : new Sent(DeliveryOutcome.UNREACHABLE, null, String.valueOf(cause), since(start));
    } catch (InterruptedException interrupted) {
      answered.cancel(true);
      Thread.currentThread().interrupt();
      return new Sent(DeliveryOutcome.UNREACHABLE, null, "interrupted", since(start));
    }
  }

  /** Keeps the answer's first bytes and lets the rest go by. */
  private static void keep(ByteArrayOutputStream kept, byte[] bytes) {
    synchronized (kept) {
      int room = Delivery.ANSWER_KEPT - kept.size();
      if (room > 0) {
        kept.write(bytes, 0, Math.min(room, bytes.length));
      }
    }
  }

  /** The answer's first bytes as text; a character cut at the limit reads as U+FFFD. */
  private static String text(ByteArrayOutputStream kept) {
    synchronized (kept) {
      return kept.toString(StandardCharsets.UTF_8);
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
