package ca.gc.engagement.subscription;

import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static ca.gc.engagement.support.Answers.total;
import static ca.gc.engagement.support.Records.idOfCreated;
import static ca.gc.engagement.support.WebhookReceiver.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.WebhookReceiver;
import ca.gc.engagement.support.WebhookReceiver.Received;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed webhooks over real HTTP (docs/decisions/0039-signed-webhooks.md): a subscriber's receiver
 * on 127.0.0.1 gets each change it may see, signed, in feed order, again after a failure with the
 * same webhook-id, and nothing once cancelled; the API refuses what it cannot take and shows one
 * account's subscriptions to nobody else.
 */
class SubscriptionsApiIT extends AgainstTheBuiltEar {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private final List<URI> subscribed = new ArrayList<>();
  private WebhookReceiver receiver;
  private ApiClient officer;

  @BeforeEach
  void receive() throws Exception {
    receiver = new WebhookReceiver();
    officer = ApiClient.as(deployment, "officer");
  }

  /** Cancels what the test subscribed, so no later test's server keeps sending to a closed port. */
  @AfterEach
  void stop() {
    for (URI subscription : subscribed) {
      officer.post(subscription.resolve(subscription.getPath() + "/cancellation"), null, null);
    }
    receiver.close();
  }

  private URI subscribe(ApiClient account, WebhookReceiver to, String kinds) {
    HttpResponse<String> created =
        account.postJson(
            "subscriptions",
            """
            {"url": "%s", "kinds": %s, "secret": "%s"}
            """
                .formatted(to.url(), kinds, SECRET));
    assertEquals(201, created.statusCode(), created.body());
    URI location = location(created);
    subscribed.add(location);
    return location;
  }

  private long mission(ApiClient account, String classification) {
    return idOfCreated(
        account.postJson(
            "missions",
            """
            {"title": "Webhook mission %s", "counterpartCountry": "JP", "hostCity": "Tokyo",
             "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Trade",
             "classification": "%s"}
            """
                .formatted(UUID.randomUUID(), classification)));
  }

  @Test
  void eachChangeArrivesSignedInFeedOrder() {
    URI subscription = subscribe(officer, receiver, "[\"missions\"]");
    long first = mission(officer, "PROTECTED_A");
    long second = mission(officer, "UNCLASSIFIED");
    URI secondAddress = officer.uri("missions/" + second);
    HttpResponse<String> read = officer.get(secondAddress);
    HttpResponse<String> revised =
        officer.put(
            secondAddress,
            etag(read),
            """
            {"title": "%s", "counterpartCountry": "JP", "hostCity": "Osaka",
             "startDate": "2026-04-20", "endDate": "2026-04-22", "lead": "Minister of Trade",
             "classification": "UNCLASSIFIED"}
            """
                .formatted(json(read).getString("title")));
    assertEquals(200, revised.statusCode(), revised.body());

    List<Received> received = receiver.awaitOne(change("missions", second, "CHANGED"));

    List<String> order =
        received.stream()
            .map(Received::json)
            .map(e -> e.getJsonNumber("id").longValue() + " " + e.getString("change"))
            .toList();
    assertEquals(List.of(first + " CREATED", second + " CREATED", second + " CHANGED"), order);
    for (Received post : received) {
      post.assertSignedWith(SECRET);
      JsonObject entry = post.json();
      assertEquals(
          Set.of("cursor", "kind", "id", "change", "at", "href"), entry.keySet(), post.body());
      assertEquals(
          officer.uri("missions/" + entry.getJsonNumber("id")).toString(), entry.getString("href"));
      assertTrue(post.id().startsWith("sub"), post.id());
    }
    assertEquals(3, received.stream().map(Received::id).distinct().count());

    // The receiver has the last change a moment before the server has recorded its answer.
    String last = received.get(2).json().getString("cursor");
    JsonObject state = json(officer.get(subscription));
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    while (!state.getString("deliveredUpTo").equals(last) && Instant.now().isBefore(until)) {
      sleepABit();
      state = json(officer.get(subscription));
    }
    assertEquals("ACTIVE", state.getString("status"));
    assertEquals(last, state.getString("deliveredUpTo"));
    assertFalse(state.containsKey("secret"), state.toString());
  }

  @Test
  void aFailedDeliveryIsSentAgainWithTheSameIdAndTheFailuresShow() {
    receiver.answering(500, 500);
    URI subscription = subscribe(officer, receiver, "[]");
    long id = mission(officer, "PROTECTED_B");

    List<Received> received = receiver.awaitCount(3);
    assertTrue(change("missions", id, "CREATED").test(received.get(0)), "" + received);
    assertEquals(3, received.size(), "" + received);
    WebhookReceiver.assertSameChange(received.get(0), received.get(1));
    WebhookReceiver.assertSameChange(received.get(1), received.get(2));
    received.forEach(post -> post.assertSignedWith(SECRET));
    List<JsonObject> deliveries =
        awaitDeliveries(subscription, list -> list.size() == 3 && outcome(list, 0, "DELIVERED"));
    assertEquals(
        List.of("DELIVERED 200 3", "REJECTED 500 2", "REJECTED 500 1"),
        deliveries.stream()
            .map(
                d ->
                    d.getString("outcome")
                        + " "
                        + d.getInt("statusCode")
                        + " "
                        + d.getInt("attempt"))
            .toList());
    assertEquals("answered 500", deliveries.get(1).getString("answer"));
    assertEquals(received.get(0).id(), deliveries.get(2).getString("webhookId"));
    JsonObject state = json(officer.get(subscription));
    assertEquals("ACTIVE", state.getString("status"));
    assertEquals(0, state.getInt("failedAttempts"), state.toString());
    assertFalse(state.containsKey("failingSince"), state.toString());
  }

  /** The officer (Protected B) is sent the Protected B mission, never the SECRET one before it. */
  @Test
  void nothingAboveTheSubscribersClearanceIsSent() {
    subscribe(officer, receiver, "[\"missions\"]");
    ApiClient approver = ApiClient.as(deployment, "approver");
    long secret = mission(approver, "SECRET");
    long protectedB = mission(approver, "PROTECTED_B");

    List<Received> received = receiver.awaitOne(change("missions", protectedB, "CREATED"));

    assertTrue(received.stream().noneMatch(change("missions", secret, "CREATED")), "" + received);
  }

  @Test
  void cancellationStopsDeliveriesAndIsFinal() throws Exception {
    URI cancelled = subscribe(officer, receiver, "[\"missions\"]");
    try (WebhookReceiver witness = new WebhookReceiver()) {
      subscribe(officer, witness, "[\"missions\"]");
      long before = mission(officer, "UNCLASSIFIED");
      receiver.awaitOne(change("missions", before, "CREATED"));

      HttpResponse<String> cancellation = officer.post(uri(cancelled, "/cancellation"), null, null);
      assertEquals(200, cancellation.statusCode(), cancellation.body());
      assertEquals("CANCELLED", json(cancellation).getString("status"));
      long after = mission(officer, "UNCLASSIFIED");
      witness.awaitOne(change("missions", after, "CREATED"));

      assertTrue(receiver.received().stream().noneMatch(change("missions", after, "CREATED")));
      assertEquals(
          "409 illegal-transition",
          problem(officer.post(uri(cancelled, "/cancellation"), null, null)));
      assertEquals("CANCELLED", json(officer.get(cancelled)).getString("status"));
    }
  }

  @Test
  void aSubscriptionFailingForTheGiveUpPeriodIsSuspendedVisibly() {
    receiver.otherwiseAnswering(503);
    URI subscription = subscribe(officer, receiver, "[\"missions\"]");
    mission(officer, "UNCLASSIFIED");

    JsonObject state = json(officer.get(subscription));
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    while (!state.getString("status").equals("SUSPENDED") && Instant.now().isBefore(until)) {
      sleepABit();
      state = json(officer.get(subscription));
    }

    assertEquals("SUSPENDED", state.getString("status"), state.toString());
    assertTrue(state.getString("reason").startsWith("Suspended"), state.toString());
    assertTrue(state.containsKey("failingSince"), state.toString());
    int posts = receiver.received().size();
    assertTrue(posts >= 2, "" + posts);
    assertEquals(posts, items(officer.get(uri(subscription, "/deliveries"))).size());
  }

  @Test
  void whatCannotBeTakenIsA400NamingItAndNothingIsStored() {
    long before = total(officer.get("subscriptions"));

    HttpResponse<String> refused =
        officer.postJson(
            "subscriptions",
            """
            {"url": "https://elsewhere.example.org/hooks", "kinds": ["missions", "memos"],
             "secret": "whsec_dG9vIHNob3J0"}
            """);
    assertEquals(Set.of("url", "kinds", "secret"), errors(refused).keySet(), refused.body());

    for (String body :
        List.of(
            "{\"url\": \"%s\", \"secret\": \"not-a-secret\"}".formatted(receiver.url()),
            "{\"url\": \"%s\"}".formatted(receiver.url()),
            "{\"url\": \"ftp://127.0.0.1:21/x\", \"secret\": \"%s\"}".formatted(SECRET),
            "{\"url\": \"http://127.0.0.1:1/../x\", \"kinds\": [\"sectors\"], \"secret\": \"%s\"}"
                .formatted(SECRET))) {
      HttpResponse<String> bad = officer.postJson("subscriptions", body);
      assertEquals(400, bad.statusCode(), body + " " + bad.body());
    }
    assertEquals(
        Set.of("secret"),
        errors(officer.postJson("subscriptions", "{\"url\": \"%s\"}".formatted(receiver.url())))
            .keySet());
    assertEquals(before, total(officer.get("subscriptions")));
  }

  @Test
  void anotherAccountsSubscriptionIsNotThere() {
    URI subscription = subscribe(officer, receiver, "[]");
    ApiClient viewer = ApiClient.as(deployment, "viewer");

    assertEquals("404 not-found", problem(viewer.get(subscription)));
    assertEquals("404 not-found", problem(viewer.get(uri(subscription, "/deliveries"))));
    assertEquals(
        "404 not-found", problem(viewer.post(uri(subscription, "/cancellation"), null, null)));
    assertTrue(
        items(viewer.get("subscriptions?size=200")).stream()
            .noneMatch(s -> subscription.toString().endsWith("/" + s.getInt("id"))));
    assertEquals("ACTIVE", json(officer.get(subscription)).getString("status"));
  }

  private List<JsonObject> awaitDeliveries(
      URI subscription, java.util.function.Predicate<List<JsonObject>> done) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    List<JsonObject> deliveries = items(officer.get(uri(subscription, "/deliveries")));
    while (!done.test(deliveries) && Instant.now().isBefore(until)) {
      sleepABit();
      deliveries = items(officer.get(uri(subscription, "/deliveries")));
    }
    return deliveries;
  }

  private static boolean outcome(List<JsonObject> deliveries, int index, String outcome) {
    return deliveries.get(index).getString("outcome").equals(outcome);
  }

  private static URI uri(URI subscription, String below) {
    return URI.create(subscription + below);
  }

  private static void sleepABit() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
