package ca.gc.engagement.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 32 connections of mixed reads and writes on loopback for {@code soak.seconds} (10 in the normal
 * test command, 60 in the full form): no answer is a 5xx, and the heap after a full GC is no larger
 * than before plus {@code soak.heap.margin.mb} (32 MB): nothing a request leaves behind
 * accumulates.
 */
class SoakIT {

  private static final int CONNECTIONS = 32;
  private static final Duration WARM_UP = Duration.ofSeconds(5);

  private static ScratchServer server;

  @BeforeAll
  static void start() {
    server = ScratchServer.prepare("soak").start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void mixedLoadAnswersNo5xxAndLeavesTheHeapWhereItWas() throws Exception {
    Duration soak = Duration.ofSeconds(Long.getLong("soak.seconds", 10));
    long marginBytes = Long.getLong("soak.heap.margin.mb", 32) * 1024 * 1024;
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    // A client of its own, not ApiClient: the load is HTTP/1.1 on CONNECTIONS real connections at
    // once, one per thread of this pool, which is what the soak measures the server under.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(pool)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    try {
      Load load = new Load(http, server.application().toString() + "api/v1/", missionIds(http));
      load.run(WARM_UP);
      long before = server.heapUsedAfterFullGc();

      Load measured = new Load(http, load.base, load.missions);
      measured.run(soak);
      long after = server.heapUsedAfterFullGc();

      System.out.printf(
          "Soak: %d s at %d connections: %d requests (%d writes), %d 2xx, %d 4xx, %d 5xx, %d"
              + " without an answer; heap after full GC %d MB before, %d MB after (margin %d MB)%n",
          soak.toSeconds(),
          CONNECTIONS,
          measured.requests.sum(),
          measured.writes.sum(),
          measured.ok.sum(),
          measured.clientErrors.sum(),
          measured.serverErrors.sum(),
          measured.failures.sum(),
          before >> 20,
          after >> 20,
          marginBytes >> 20);
      assertEquals(0, measured.serverErrors.sum(), "5xx answers; first: " + measured.firstError);
      assertEquals(
          0, measured.failures.sum(), "requests without an answer: " + measured.firstError);
      assertEquals(0, measured.clientErrors.sum(), "4xx answers; first: " + measured.firstError);
      assertTrue(measured.requests.sum() > 0);
      assertTrue(
          after <= before + marginBytes,
          "heap grew from " + (before >> 20) + " MB to " + (after >> 20) + " MB");
    } finally {
      pool.shutdownNow();
    }
  }

  /** The demo missions' ids, as an officer lists them: the records the readers open. */
  private static List<Long> missionIds(HttpClient http) throws Exception {
    HttpResponse<String> list =
        http.send(
            request(server.application() + "api/v1/missions?size=50", "officer").build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, list.statusCode(), list.body());
    List<Long> ids = new ArrayList<>();
    for (JsonValue item :
        Json.createReader(new StringReader(list.body())).readObject().getJsonArray("items")) {
      ids.add(item.asJsonObject().getJsonNumber("id").longValue());
    }
    return ids;
  }

  static HttpRequest.Builder request(String uri, String account) {
    return HttpRequest.newBuilder(URI.create(uri))
        .header("Authorization", ApiClient.basic(account, account + "-demo"))
        .header("Accept", "application/json, application/problem+json")
        .timeout(Duration.ofSeconds(60));
  }

  /** CONNECTIONS clients, each sending one request after another until the time is up. */
  static final class Load {
    final HttpClient http;
    final String base;
    final List<Long> missions;
    final LongAdder requests = new LongAdder();
    final LongAdder writes = new LongAdder();
    final LongAdder ok = new LongAdder();
    final LongAdder clientErrors = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder failures = new LongAdder();
    final AtomicLong written = new AtomicLong();
    volatile String firstError;

    Load(HttpClient http, String base, List<Long> missions) {
      this.http = http;
      this.base = base;
      this.missions = missions;
    }

    void run(Duration duration) throws InterruptedException {
      long end = System.nanoTime() + duration.toNanos();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        Thread client = new Thread(() -> work(end), "soak-" + c);
        client.start();
        clients.add(client);
      }
      for (Thread client : clients) {
        client.join();
      }
    }

    private void work(long end) {
      while (System.nanoTime() < end) {
        HttpRequest request = next(ThreadLocalRandom.current().nextInt(100));
        requests.increment();
        try {
          HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
          int status = answer.statusCode();
          if (status < 300) {
            ok.increment();
          } else {
            (status >= 500 ? serverErrors : clientErrors).increment();
            remember(request.method() + " " + request.uri() + " " + status + " " + answer.body());
          }
        } catch (IOException e) {
          failures.increment();
          remember(request.method() + " " + request.uri() + " " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    private void remember(String error) {
      if (firstError == null) {
        firstError = error;
      }
    }

    /** 15 % writes (a meeting scheduled), the rest reads: lists, a filtered list, a record. */
    private HttpRequest next(int dice) {
      if (dice < 15) {
        writes.increment();
        String title = "Soak meeting " + written.incrementAndGet();
        return request(base + "meetings", "officer")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(meeting(title)))
            .build();
      }
      if (dice < 45) {
        return request(base + "missions?size=20", "viewer").GET().build();
      }
      if (dice < 70) {
        return request(base + "meetings?country=CN&size=20", "officer").GET().build();
      }
      if (dice < 80) {
        return request(base + "meetings?q=soak&size=5", "officer").GET().build();
      }
      long id = missions.get(ThreadLocalRandom.current().nextInt(missions.size()));
      return request(base + "missions/" + id, "officer").GET().build();
    }

    private static String meeting(String title) {
      return """
          {"title": "%s", "kind": "BILATERAL",
           "startsAt": "2026-07-01T01:00:00Z", "endsAt": "2026-07-01T02:00:00Z",
           "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
           "topics": ["CANOLA"], "agenda": "Load", "classification": "UNCLASSIFIED"}
          """
          .formatted(title);
    }
  }
}
