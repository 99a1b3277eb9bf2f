package ca.gc.engagement.faults;

import static ca.gc.engagement.support.Records.idOfCreated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.WebhookReceiver;
import ca.gc.engagement.support.WebhookReceiver.Received;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A webhook subscription survives SIGKILL (docs/decisions/0039-signed-webhooks.md): the server is
 * killed while it delivers a run of changes to a slow receiver and started again on the same data;
 * every change then arrives, at least once, each repeat with the same webhook-id and the same body,
 * and the first arrivals in feed order.
 */
class WebhookCrashIT {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final int MISSIONS = 20;

  private static ScratchServer server;

  @BeforeAll
  static void start() {
    server = ScratchServer.prepare("webhook-crash").start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyChangeArrivesAfterAKillAndRepeatsAreTheSameDelivery() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver().answeringAfter(Duration.ofMillis(300))) {
      ApiClient officer = ApiClient.as(server.application(), "officer");
      HttpResponse<String> subscribed =
          officer.postJson(
              "subscriptions",
              """
              {"url": "%s", "kinds": ["missions"], "secret": "%s"}
              """
                  .formatted(receiver.url(), SECRET));
      assertEquals(201, subscribed.statusCode(), subscribed.body());
      List<Long> missions = new ArrayList<>();
      for (int i = 0; i < MISSIONS; i++) {
        missions.add(
            idOfCreated(
                officer.postJson(
                    "missions",
                    """
                    {"title": "Crash mission %s", "counterpartCountry": "JP", "hostCity": "Tokyo",
                     "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister",
                     "classification": "UNCLASSIFIED"}
                    """
                        .formatted(UUID.randomUUID()))));
      }

      receiver.awaitCount(3);
      server.kill();
      int beforeTheKill = receiver.received().size();
      server.start();
      List<Received> received =
          receiver.await(all -> arrived(all).containsAll(missions), Duration.ofMinutes(4));

      Map<String, Received> firstById = new LinkedHashMap<>();
      for (Received post : received) {
        post.assertSignedWith(SECRET);
        Received first = firstById.putIfAbsent(post.id(), post);
        assertTrue(
            first == null || first.body().equals(post.body()), "one id, two bodies: " + post);
      }
      List<Long> firstArrivals =
          firstById.values().stream()
              .map(post -> post.json().getJsonNumber("id").longValue())
              .toList();
      assertEquals(missions, firstArrivals);
      System.out.printf(
          "Webhook crash: %d changes, %d POSTs before the kill, %d in all (%d repeated)%n",
          MISSIONS, beforeTheKill, received.size(), received.size() - firstById.size());
    }
  }

  private static Set<Long> arrived(List<Received> posts) {
    Set<Long> ids = new HashSet<>();
    for (Received post : posts) {
      ids.add(post.json().getJsonNumber("id").longValue());
    }
    return ids;
  }
}
