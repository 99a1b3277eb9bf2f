package ca.gc.engagement.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook subscriber's receiver on 127.0.0.1, as an integrator would write one: it keeps every
 * POST it is sent and answers each with the next status it was told to (200 when told nothing).
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One POST as it arrived. */
  public record Received(String id, String timestamp, String signature, String body) {

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    /** Checks the signature as the Standard Webhooks specification tells a receiver to. */
    public void assertSignedWith(String secret) {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected =
            mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        assertTrue(signature.startsWith("v1,"), signature);
        byte[] sent = Base64.getDecoder().decode(signature.substring(3));
        assertTrue(MessageDigest.isEqual(expected, sent), "signature of " + id);
      } catch (GeneralSecurityException e) {
        throw new AssertionError(e);
      }
      long sentAt = Long.parseLong(timestamp);
      assertTrue(Math.abs(Instant.now().getEpochSecond() - sentAt) < 300, "timestamp " + timestamp);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
  private volatile int otherwise = 200;
  private volatile Duration delay = Duration.ZERO;

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            synchronized (received) {
              received.add(
                  new Received(
                      headers.getFirst("webhook-id"),
                      headers.getFirst("webhook-timestamp"),
                      headers.getFirst("webhook-signature"),
                      body));
              received.notifyAll();
            }
            pause(delay);
            Integer status = answers.poll();
            byte[] answer = ("answered " + (status == null ? otherwise : status)).getBytes();
            exchange.sendResponseHeaders(status == null ? otherwise : status, answer.length);
            exchange.getResponseBody().write(answer);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  /** The address to subscribe with. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  /** The next answers, in order; after them, {@code otherwise}. */
  public WebhookReceiver answering(int... statuses) {
    for (int status : statuses) {
      answers.add(status);
    }
    return this;
  }

  /** Takes this long over each answer, as a busy receiver does. */
  public WebhookReceiver answeringAfter(Duration delay) {
    this.delay = delay;
    return this;
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public WebhookReceiver otherwiseAnswering(int status) {
    otherwise = status;
    return this;
  }

  public List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Waits (up to a minute) until a POST arrives that {@code wanted} accepts; every POST so far. */
  public List<Received> awaitOne(Predicate<Received> wanted) {
    return await(all -> all.stream().anyMatch(wanted), Duration.ofSeconds(60));
  }

  /** Waits (up to a minute) until {@code count} POSTs arrived; every POST so far. */
  public List<Received> awaitCount(int count) {
    return await(all -> all.size() >= count, Duration.ofSeconds(60));
  }

  /**
   * Waits (up to {@code patience}) until what arrived satisfies {@code done}; every POST so far.
   */
  public List<Received> await(Predicate<List<Received>> done, Duration patience) {
    Instant until = Instant.now().plus(patience);
    synchronized (received) {
      while (!done.test(received)) {
        long left = Duration.between(Instant.now(), until).toMillis();
        if (left <= 0) {
          throw new AssertionError("Not received in " + patience + "; received: " + received);
        }
        try {
          received.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      return List.copyOf(received);
    }
  }

  /** A predicate: the change of that kind, record and change. */
  public static Predicate<Received> change(String kind, long id, String change) {
    return r -> {
      JsonObject entry = r.json();
      return entry.getString("kind").equals(kind)
          && entry.getJsonNumber("id").longValue() == id
          && entry.getString("change").equals(change);
    };
  }

  public static void assertSameChange(Received one, Received other) {
    assertEquals(one.id(), other.id());
    assertEquals(one.body(), other.body());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
