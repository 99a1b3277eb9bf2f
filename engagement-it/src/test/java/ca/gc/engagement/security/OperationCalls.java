package ca.gc.engagement.security;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.DepartmentDay;
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
  private final Map<String, Supplier<Call>> calls = new LinkedHashMap<>();
  private String reviewKeyword;

  OperationCalls(URL deployment, DemoRecords demo) {
    this.admin = ApiClient.as(deployment, "admin");
    this.demo = demo;
    records("missions", this::mission);
    records("meetings", this::meeting);
    records("agreements", this::agreement);
    records("statements", this::statement);
    records("stakeholders", this::stakeholder);
    records("trade-measures", this::tradeMeasure);
    records("follow-ups", this::followUp);
    records("carve-outs", this::carveOut);
    reads("sectors", "{code}", demo.sector());
    change("sectors", "{code}", this::sector);

    step("missions/{id}/transitions", "missions", this::mission, "{\"to\": \"UNDERWAY\"}");
    calls.put("GET missions/{id}/briefing", () -> briefing(demo.id("missions")));
    calls.put(
        "GET missions/{id}/meetings",
        () -> Call.get(uri("missions/" + demo.id("missions") + "/meetings")));
    step("meetings/{id}/readout", "meetings", this::meeting, "{\"readout\": \"Agreed to meet.\"}");
    step("meetings/{id}/cancellation", "meetings", this::meeting, null);
    step(
        "agreements/{id}/transitions",
        "agreements",
        this::agreement,
        "{\"to\": \"UNDER_NEGOTIATION\", \"on\": \"%s\", \"justification\": \"Talks opened.\"}"
            .formatted(DepartmentDay.today()));
    step(
        "agreements/{id}/exemptions",
        "agreements",
        this::agreementUnderReview,
        "{\"justification\": \"Reviewed by the desk.\"}");
    step("statements/{id}/withdrawal", "statements", this::statement, null);
    step("stakeholders/{id}/archival", "stakeholders", this::stakeholder, null);
    step(
        "trade-measures/{id}/rates",
        "trade-measures",
        this::tradeMeasure,
        "{\"effectiveFrom\": \"2027-07-01\", \"rate\": 12.5, \"note\": \"Second year\"}");
    step(
        "trade-measures/{id}/transitions",
        "trade-measures",
        this::tradeMeasure,
        "{\"to\": \"IN_FORCE\"}");
    calls.put(
        "GET trade-measures/{id}/rate",
        () -> {
          Fresh proposed = fresh("trade-measures", tradeMeasure());
          HttpResponse<String> inForce =
              admin.post(proposed.at("transitions"), proposed.etag(), "{\"to\": \"IN_FORCE\"}");
          assertEquals(200, inForce.statusCode(), inForce.body());
          return Call.get(proposed.at("rate?on=2026-08-01"));
        });
    step("follow-ups/{id}/completion", "follow-ups", this::followUp, null);
    step("follow-ups/{id}/drop", "follow-ups", this::followUp, null);
    calls.put(
        "POST follow-ups/{id}/reopening",
        () -> {
          Fresh open = fresh("follow-ups", followUp());
          HttpResponse<String> done = admin.post(open.at("completion"), open.etag(), null);
          assertEquals(200, done.statusCode(), done.body());
          return Call.post(open.at("reopening"), etag(done), null);
        });
    step("sectors/{code}/retirement", "sectors", this::sector, null);
    step("carve-outs/{id}/retirement", "carve-outs", this::carveOut, null);
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
  }

  /** The call for an operation ("PUT missions/{id}"), made afresh; null when none is known. */
  Call call(String method, String path) {
    Supplier<Call> call = calls.get(method + " " + path);
    return call == null ? null : call.get();
  }

  /** A valid body for a new record of the collection ("missions"), Protected A. */
  String body(String collection) {
    return switch (collection) {
      case "missions" -> mission();
      case "meetings" -> meeting();
      case "agreements" -> agreement();
      case "statements" -> statement();
      case "stakeholders" -> stakeholder();
      case "trade-measures" -> tradeMeasure();
      case "follow-ups" -> followUp();
      case "carve-outs" -> carveOut();
      default -> sector();
    };
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

  private String mission() {
    return """
        {"title": "Matrix mission %s", "counterpartCountry": "KR", "hostCity": "Seoul",
         "startDate": "2026-05-04", "endDate": "2026-05-06", "lead": "Minister of Trade",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String meeting() {
    return """
        {"title": "Matrix meeting %s", "kind": "BILATERAL",
         "startsAt": "2026-05-04T01:00:00Z", "endsAt": "2026-05-04T02:30:00Z",
         "timeZone": "Asia/Tokyo", "location": "Tokyo", "country": "JP",
         "participants": [{"stakeholderId": %d, "side": "OURS", "role": "Head of delegation"}],
         "topics": ["CANOLA"], "agenda": "Canola exports", "classification": "PROTECTED_A"}
        """
        .formatted(unique(), demo.id("stakeholders"));
  }

  private String agreement() {
    return """
        {"title": "Matrix canola relief %s", "parties": ["CN", "CA"], "sectors": ["CANOLA"],
         "summary": "China cuts its duties on Canadian canola seed.",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
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

  private String statement() {
    return """
        {"stakeholderId": %d, "date": "2026-01-14", "stance": "OPPOSES",
         "sectors": ["CANOLA"], "text": "Matrix statement %s",
         "source": {"publication": "Press conference, Regina", "url": "https://example.org/moe"},
         "classification": "PROTECTED_A"}
        """
        .formatted(demo.id("stakeholders"), unique());
  }

  private String stakeholder() {
    return """
        {"name": "Matrix minister %s", "title": "Minister of Agriculture",
         "organisation": "Government of Alberta", "kind": "PROVINCIAL", "jurisdiction": "CA-AB",
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String tradeMeasure() {
    return """
        {"title": "Matrix surtax %s", "imposingCountry": "CA", "targetCountry": "CN",
         "type": "SURTAX", "productLines": [{"description": "Solar panels", "hsCode": "8541.43"}],
         "sectors": ["CLEAN_ENERGY"],
         "source": {"publication": "Canada Gazette, Part I", "url": "https://gazette.gc.ca/n.html"},
         "inForceFrom": "2026-07-01",
         "rates": [{"effectiveFrom": "2026-07-01", "rate": 25, "note": "First year"}],
         "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }

  private String followUp() {
    return """
        {"description": "Matrix follow-up %s", "originKind": "MISSION", "originId": %d,
         "owner": "Korea Division", "dueDate": "2026-05-20", "classification": "PROTECTED_A"}
        """
        .formatted(unique(), demo.id("missions"));
  }

  private String sector() {
    return """
        {"code": "MATRIX_%s", "parent": "AGRI_FOOD", "englishName": "Matrix %s",
         "frenchName": "Matrice %s"}
        """
        .formatted(unique(), unique(), unique());
  }

  private String carveOut() {
    return """
        {"code": "MATRIX_%s", "name": "Matrix capelin",
         "rationale": "Capelin stocks are weighed case by case.",
         "policyBasis": "Fisheries Act", "sectors": ["SEAFOOD"], "regions": [],
         "keywords": ["capelin"], "countries": ["IS"],
         "effectiveFrom": "2030-01-01", "mode": "REVIEW", "classification": "PROTECTED_A"}
        """
        .formatted(unique());
  }
}
