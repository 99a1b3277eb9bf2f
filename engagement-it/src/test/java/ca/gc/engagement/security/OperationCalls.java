package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.DepartmentDay;
import ca.gc.engagement.support.NewRecords;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How the authorization matrix calls each API operation so that "allowed" means "it really worked":
 * reads address demo records every account may see; every change is made on a record created for
 * that one call (by the administrator, Protected A), with its ETag and a valid body, so that no row
 * depends on what an earlier one did.
 */
final class OperationCalls {

  /**
   * One HTTP request: method, address, {@code If-Match}, JSON body and {@code Accept} (or null).
   */
  record Call(String method, URI uri, String ifMatch, String body, String accept) {

    static Call get(URI uri) {
      return new Call("GET", uri, null, null, null);
    }

    static Call post(URI uri, String ifMatch, String body) {
      return new Call("POST", uri, ifMatch, body, null);
    }
  }

  /** A record made for one call: where it lives, its tag and the body it was made with. */
  private record Fresh(URI location, String etag, String body) {
    URI at(String sub) {
      return URI.create(location + "/" + sub);
    }
  }

  private final ApiClient admin;
  private final DemoRecords demo;
  private final NewRecords bodies;
  private final Map<String, Supplier<Call>> calls = new LinkedHashMap<>();
  private String reviewKeyword;

  OperationCalls(URL deployment, DemoRecords demo) {
    this.admin = ApiClient.as(deployment, "admin");
    this.demo = demo;
    this.bodies = new NewRecords(demo::id);
    records("missions", () -> bodies.body("missions"));
    records("meetings", () -> bodies.body("meetings"));
    records("agreements", () -> bodies.body("agreements"));
    records("statements", () -> bodies.body("statements"));
    records("stakeholders", () -> bodies.body("stakeholders"));
    records("trade-measures", () -> bodies.body("trade-measures"));
    records("follow-ups", () -> bodies.body("follow-ups"));
    records("carve-outs", () -> bodies.body("carve-outs"));
    reads("sectors", "{code}", demo.sector());
    change("sectors", "{code}", () -> bodies.body("sectors"));

    step(
        "missions/{id}/transitions",
        "missions",
        () -> bodies.body("missions"),
        "{\"to\": \"UNDERWAY\"}");
    calls.put("GET changes", () -> Call.get(uri("changes")));
    calls.put("GET missions/{id}/briefing", () -> briefing(demo.id("missions")));
    calls.put(
        "GET missions/{id}/meetings",
        () -> Call.get(uri("missions/" + demo.id("missions") + "/meetings")));
    step(
        "meetings/{id}/readout",
        "meetings",
        () -> bodies.body("meetings"),
        "{\"readout\": \"Agreed to meet.\"}");
    step("meetings/{id}/cancellation", "meetings", () -> bodies.body("meetings"), null);
    step(
        "agreements/{id}/transitions",
        "agreements",
        () -> bodies.body("agreements"),
        "{\"to\": \"UNDER_NEGOTIATION\", \"on\": \"%s\", \"justification\": \"Talks opened.\"}"
            .formatted(DepartmentDay.today()));
    step(
        "agreements/{id}/exemptions",
        "agreements",
        this::agreementUnderReview,
        "{\"justification\": \"Reviewed by the desk.\"}");
    step("statements/{id}/withdrawal", "statements", () -> bodies.body("statements"), null);
    step("stakeholders/{id}/archival", "stakeholders", () -> bodies.body("stakeholders"), null);
    step(
        "trade-measures/{id}/rates",
        "trade-measures",
        () -> bodies.body("trade-measures"),
        "{\"effectiveFrom\": \"2027-07-01\", \"rate\": 12.5, \"note\": \"Second year\"}");
    step(
        "trade-measures/{id}/transitions",
        "trade-measures",
        () -> bodies.body("trade-measures"),
        "{\"to\": \"IN_FORCE\"}");
    calls.put(
        "GET trade-measures/{id}/rate",
        () -> {
          Fresh proposed = fresh("trade-measures", bodies.body("trade-measures"));
          HttpResponse<String> inForce =
              admin.post(proposed.at("transitions"), proposed.etag(), "{\"to\": \"IN_FORCE\"}");
          assertEquals(200, inForce.statusCode(), inForce.body());
          return Call.get(proposed.at("rate?on=2026-08-01"));
        });
    step("follow-ups/{id}/completion", "follow-ups", () -> bodies.body("follow-ups"), null);
    step("follow-ups/{id}/drop", "follow-ups", () -> bodies.body("follow-ups"), null);
    calls.put(
        "POST follow-ups/{id}/reopening",
        () -> {
          Fresh open = fresh("follow-ups", bodies.body("follow-ups"));
          HttpResponse<String> done = admin.post(open.at("completion"), open.etag(), null);
          assertEquals(200, done.statusCode(), done.body());
          return Call.post(open.at("reopening"), etag(done), null);
        });
    step("sectors/{code}/retirement", "sectors", () -> bodies.body("sectors"), null);
    step("carve-outs/{id}/retirement", "carve-outs", () -> bodies.body("carve-outs"), null);
    calls.put(
        "POST screenings",
        () ->
            Call.post(
                uri("screenings"),
                null,
                """
                {"parties": ["CA", "CN"], "sectors": ["CANOLA"], "regions": [],
                 "text": "China cuts its duties on Canadian canola seed.", "date": "2026-03-01"}
                """));
    subscriptions();
  }

  /**
   * Subscriptions (decision 0039): each {@code {id}} call addresses one the administrator made for
   * it, to a loopback port where nothing listens (its deliveries fail, then it is suspended).
   */
  private void subscriptions() {
    calls.put("GET subscriptions", () -> Call.get(uri("subscriptions")));
    calls.put("POST subscriptions", () -> Call.post(uri("subscriptions"), null, SUBSCRIPTION));
    calls.put("GET subscriptions/{id}", () -> Call.get(subscription()));
    calls.put(
        "GET subscriptions/{id}/deliveries",
        () -> Call.get(URI.create(subscription() + "/deliveries")));
    calls.put(
        "POST subscriptions/{id}/cancellation",
        () -> Call.post(URI.create(subscription() + "/cancellation"), null, null));
  }

  private static final String SUBSCRIPTION =
      """
      {"url": "http://127.0.0.1:9/matrix", "kinds": [],
       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}
      """;

  private URI subscription() {
    HttpResponse<String> created = admin.postJson("subscriptions", SUBSCRIPTION);
    assertEquals(201, created.statusCode(), created.body());
    return location(created);
  }

  /** The call for an operation ("PUT missions/{id}"), made afresh; null when none is known. */
  Call call(String method, String path) {
    Supplier<Call> call = calls.get(method + " " + path);
    return call == null ? null : call.get();
  }

  /** A valid body for a new record of the collection ("missions"), Protected A. */
  String body(String collection) {
    return bodies.body(collection);
  }

  /** The list, create, read, replace and history of a record collection keyed by id. */
  private void records(String collection, Supplier<String> body) {
    reads(collection, "{id}", String.valueOf(demo.id(collection)));
    change(collection, "{id}", body);
  }

  private void reads(String collection, String key, String demoKey) {
    calls.put("GET " + collection, () -> Call.get(uri(collection)));
    calls.put("GET " + collection + "/" + key, () -> Call.get(uri(collection + "/" + demoKey)));
    calls.put(
        "GET " + collection + "/" + key + "/history",
        () -> Call.get(uri(collection + "/" + demoKey + "/history")));
  }

  private void change(String collection, String key, Supplier<String> body) {
    calls.put("POST " + collection, () -> Call.post(uri(collection), null, body.get()));
    calls.put(
        "PUT " + collection + "/" + key,
        () -> {
          Fresh record = fresh(collection, body.get());
          return new Call("PUT", record.location(), record.etag(), record.body(), null);
        });
  }

  /** A lifecycle step or sub-resource of a record made for the call. */
  private void step(String path, String collection, Supplier<String> body, String stepBody) {
    String sub = path.substring(path.lastIndexOf('/') + 1);
    calls.put(
        "POST " + path,
        () -> {
          Fresh record = fresh(collection, body.get());
          return Call.post(record.at(sub), record.etag(), stepBody);
        });
  }

  private Call briefing(long mission) {
    return new Call("GET", uri("missions/" + mission + "/briefing"), null, null, "application/pdf");
  }

  private Fresh fresh(String collection, String body) {
    HttpResponse<String> created = admin.postJson(collection, body);
    assertEquals(201, created.statusCode(), collection + ": " + created.body());
    return new Fresh(location(created), etag(created), body);
  }

  private URI uri(String path) {
    return admin.uri(path);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** An agreement that a carve-out in REVIEW mode holds for an approver's exemption. */
  private String agreementUnderReview() {
    return """
        {"title": "Matrix accord on %s", "parties": ["CN", "CA"],
         "summary": "Trade in %s.", "classification": "PROTECTED_A"}
        """
        .formatted(reviewKeyword(), reviewKeyword());
  }

  private String reviewKeyword() {
    if (reviewKeyword == null) {
      String keyword = "Matrixreview" + unique().toLowerCase(Locale.ROOT);
      fresh(
          "carve-outs",
          """
          {"code": "MATRIX_REVIEW_%s", "name": "Matrix review",
           "rationale": "Weighed case by case.", "policyBasis": "Matrix test",
           "sectors": [], "regions": [], "keywords": ["%s"], "countries": [],
           "effectiveFrom": "2020-01-01", "mode": "REVIEW", "classification": "UNCLASSIFIED"}
          """
              .formatted(unique(), keyword));
      reviewKeyword = keyword;
    }
    return reviewKeyword;
  }
}
