package ca.gc.engagement.agreement;

import static ca.gc.engagement.support.Answers.array;
import static ca.gc.engagement.support.Answers.each;
import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static ca.gc.engagement.support.Answers.strings;
import static ca.gc.engagement.support.Answers.total;
import static ca.gc.engagement.support.Records.readBackAsCreated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.DepartmentDay;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API v1 agreements over real HTTP, as another department's system sees them: screened against the
 * carve-outs at every step, signed off by approvers only.
 */
class AgreementsApiIT extends AgainstTheBuiltEar {

  private static String canolaRelief(String title) {
    return """
        {"title": "%s", "parties": ["CN", "CA"], "sectors": ["CANOLA"],
         "summary": "China cuts its duties on Canadian canola seed.",
         "classification": "UNCLASSIFIED"}
        """
        .formatted(title);
  }

  private static String step(String to, String justification) {
    return """
        {"to": "%s", "on": "%s", "justification": "%s"}
        """
        .formatted(to, DepartmentDay.today(), justification);
  }

  private HttpResponse<String> propose(String title) {
    HttpResponse<String> created =
        ApiClient.as(deployment, "officer").postJson("agreements", canolaRelief(title));
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  @Test
  void aProposedAgreementAnswers201WithItsLocationScreeningAndStepsAndReadsBackTheSame() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Canola tariff relief " + UUID.randomUUID();

    HttpResponse<String> created = propose(title);
    String location = location(created).toString();
    JsonObject agreement = readBackAsCreated(created, "agreements", officer);
    assertEquals(location.substring(location.lastIndexOf('/') + 1), "" + agreement.getInt("id"));
    assertEquals(0, agreement.getInt("version"));
    assertEquals(title, agreement.getString("title"));
    assertEquals(List.of("CA", "CN"), strings(agreement, "parties"));
    assertEquals(List.of("CANOLA"), strings(agreement, "sectors"));
    assertEquals(List.of(), strings(agreement, "regions"));
    assertEquals("China cuts its duties on Canadian canola seed.", agreement.getString("summary"));
    assertEquals(DepartmentDay.today().toString(), agreement.getString("proposedOn"));
    assertEquals("PROPOSED", agreement.getString("status"));
    assertEquals("UNCLASSIFIED", agreement.getString("classification"));
    assertEquals("CLEAR", agreement.getJsonObject("screening").getString("verdict"));
    assertTrue(agreement.getJsonObject("screening").getJsonArray("matches").isEmpty());
    assertTrue(agreement.getJsonArray("transitions").isEmpty());
    assertFalse(agreement.containsKey("exemption"), "no exemption recorded");
    assertEquals(List.of("UNDER_NEGOTIATION", "WITHDRAWN"), strings(agreement, "allowedSteps"));
    assertEquals(
        List.of(),
        strings(json(ApiClient.as(deployment, "viewer").get(URI.create(location))), "allowedSteps"),
        "a viewer takes no step");
  }

  @Test
  void anOfficerNegotiatesAndOnlyAnApproverSigns() {
    var officer = ApiClient.as(deployment, "officer");
    var approver = ApiClient.as(deployment, "approver");
    HttpResponse<String> proposed = propose("Canola tariff relief " + UUID.randomUUID());
    URI agreement = location(proposed);
    URI transitions = URI.create(agreement + "/transitions");

    HttpResponse<String> negotiating =
        officer.post(transitions, etag(proposed), step("UNDER_NEGOTIATION", "Talks opened."));
    assertEquals(200, negotiating.statusCode(), negotiating.body());
    assertEquals("UNDER_NEGOTIATION", json(negotiating).getString("status"));
    assertEquals(List.of("WITHDRAWN"), strings(json(negotiating), "allowedSteps"));

    HttpResponse<String> officerSigning =
        officer.post(transitions, etag(negotiating), step("SIGNED", "Signed in Beijing."));
    assertEquals("403 forbidden", problem(officerSigning));
    assertEquals("UNDER_NEGOTIATION", json(officer.get(agreement)).getString("status"));

    assertEquals(
        List.of("SIGNED", "WITHDRAWN"), strings(json(approver.get(agreement)), "allowedSteps"));
    HttpResponse<String> signed =
        approver.post(transitions, etag(negotiating), step("SIGNED", "Signed in Beijing."));
    assertEquals(200, signed.statusCode(), signed.body());
    JsonObject body = json(signed);
    assertEquals("SIGNED", body.getString("status"));
    assertEquals(2, body.getInt("version"));
    var steps = body.getJsonArray("transitions");
    assertEquals(List.of("PROPOSED", "UNDER_NEGOTIATION"), each(steps, "from"));
    assertEquals(List.of("UNDER_NEGOTIATION", "SIGNED"), each(steps, "to"));
    assertEquals(List.of("officer", "approver"), each(steps, "by"));
    assertEquals(List.of("Talks opened.", "Signed in Beijing."), each(steps, "justification"));
    assertEquals(DepartmentDay.today().toString(), steps.getJsonObject(1).getString("on"));
    assertTrue(steps.getJsonObject(1).getString("at").endsWith("Z"), steps.toString());

    var history = array(officer.get(URI.create(agreement + "/history")));
    assertEquals(List.of("CREATED", "CHANGED", "CHANGED"), each(history, "change"));
    assertEquals(List.of("officer", "officer", "approver"), each(history, "by"));

    assertEquals(
        "409 illegal-transition",
        problem(approver.post(transitions, etag(signed), step("WITHDRAWN", "Too late."))));
    assertEquals(
        "412 stale-record",
        problem(approver.post(transitions, etag(negotiating), step("IN_FORCE", "In force."))));
  }

  @Test
  void anArcticShippingCorridorIsRefusedWith422NamingTheCarveOutAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = total(officer.get("agreements?size=1"));

    HttpResponse<String> refused =
        officer.postJson(
            "agreements",
            """
            {"title": "Arctic shipping corridor", "parties": ["CA", "CN"],
             "classification": "UNCLASSIFIED"}
            """);

    assertEquals("422 carve-out-violation", problem(refused));
    JsonObject violation = json(refused);
    assertTrue(violation.getString("detail").contains("ARCTIC"), violation.getString("detail"));
    JsonObject match = violation.getJsonArray("matches").getJsonObject(0);
    assertEquals("ARCTIC", match.getString("carveOut"));
    assertEquals("KEYWORD", match.getString("kind"));
    assertEquals("Arctic", match.getString("value"));
    assertTrue(!match.getString("reason").isBlank());
    assertEquals(before, total(officer.get("agreements?size=1")));
    assertEquals(0, total(officer.get("agreements?q=Arctic%20shipping%20corridor")));
  }

  @Test
  void anAgreementIsNotRevisedIntoAProhibitedOne() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Canola tariff relief " + UUID.randomUUID();
    HttpResponse<String> proposed = propose(title);
    HttpResponse<String> refused =
        officer.put(
            location(proposed),
            etag(proposed),
            canolaRelief(title).replace("\"CANOLA\"]", "\"CANOLA\"], \"regions\": [\"CA-NU\"]"));
    assertEquals("422 carve-out-violation", problem(refused));
    assertEquals(0, json(officer.get(location(proposed))).getInt("version"));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndLosesToAnEarlierOne() {
    var officer = ApiClient.as(deployment, "officer");
    String title = "Pulse tariff relief " + UUID.randomUUID();
    HttpResponse<String> created = propose(title);
    URI location = location(created);

    assertEquals(
        "428 precondition-required",
        problem(officer.put(location, null, canolaRelief(title + " (renamed)"))));

    HttpResponse<String> revised = officer.put(location, etag(created), canolaRelief(title + "!"));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(title + "!", json(revised).getString("title"));
    assertEquals(1, json(revised).getInt("version"));
    assertNotEquals(etag(created), etag(revised));

    assertEquals(
        "412 stale-record",
        problem(
            ApiClient.as(deployment, "approver")
                .put(location, etag(created), canolaRelief(title + "?"))));
    assertEquals(title + "!", json(officer.get(location)).getString("title"));

    var history = array(officer.get(URI.create(location + "/history")));
    assertEquals(List.of("CREATED", "CHANGED"), each(history, "change"));
    assertTrue(history.getJsonObject(1).getJsonArray("fields").toString().contains("title"));
  }

  @Test
  void exemptionsAreForApproversAndOnlyForWhatACarveOutHolds() {
    var officer = ApiClient.as(deployment, "officer");
    var approver = ApiClient.as(deployment, "approver");
    HttpResponse<String> proposed = propose("Canola tariff relief " + UUID.randomUUID());
    URI exemptions = URI.create(location(proposed) + "/exemptions");
    String why = "{\"justification\": \"Reviewed by the Arctic desk.\"}";

    assertEquals("403 forbidden", problem(officer.post(exemptions, etag(proposed), why)));
    assertEquals("428 precondition-required", problem(approver.post(exemptions, null, why)));
    assertEquals(
        Map.of("justification", "Say why the agreement may go ahead despite the carve-out."),
        errors(approver.post(exemptions, etag(proposed), "{\"justification\": \" \"}")));
    HttpResponse<String> nothingToExempt = approver.post(exemptions, etag(proposed), why);
    assertEquals("422 rule-violation", problem(nothingToExempt));
    assertEquals(
        "justification",
        json(nothingToExempt).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void aStepNeedsItsTargetAndDate() {
    HttpResponse<String> proposed = propose("Canola tariff relief " + UUID.randomUUID());
    assertEquals(
        Map.of(
            "to", "Say which status the agreement moves to.",
            "on", "Give the date the step takes effect."),
        errors(
            ApiClient.as(deployment, "officer")
                .post(
                    URI.create(location(proposed) + "/transitions"),
                    etag(proposed),
                    "{\"justification\": \"Why not.\"}")));
  }

  @Test
  void theListFiltersByWordsCountrySectorAndStatus() {
    var viewer = ApiClient.as(deployment, "viewer");
    String word = "Kelp" + UUID.randomUUID().toString().substring(0, 6);
    propose("Canola tariff relief " + word);

    assertEquals(1, total(viewer.get("agreements?q=" + word + "&country=CA&sector=AGRI_FOOD")));
    assertEquals(0, total(viewer.get("agreements?q=" + word + "&country=JP")));
    assertEquals(0, total(viewer.get("agreements?q=" + word + "&status=SIGNED")));
    assertEquals(1, total(viewer.get("agreements?q=" + word + "&status=PROPOSED")));

    JsonObject demo =
        json(viewer.get("agreements?status=SIGNED&q=Preliminary%20trade%20arrangement"));
    assertEquals(1, demo.getJsonNumber("total").longValue());
    JsonObject arrangement = demo.getJsonArray("items").getJsonObject(0);
    assertEquals(
        List.of("engagement-demo-loader", "engagement-demo-loader"),
        each(arrangement.getJsonArray("transitions"), "by"));
    assertEquals("CLEAR", arrangement.getJsonObject("screening").getString("verdict"));
    assertEquals(
        Map.of(
            "sort",
            "Sort by date, title, kind or status, followed by ,asc or ,desc (for example date,desc)."),
        errors(viewer.get("agreements?sort=parties")));
  }

  @Test
  void anInvalidAgreementIsA400ProblemWithOneEntryPerFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = total(officer.get("agreements?size=1"));
    HttpResponse<String> refused =
        officer.postJson(
            "agreements",
            """
            {"title": " ", "parties": ["CA"], "regions": ["Atlantis"]}
            """);
    assertEquals(
        Map.of(
            "title", "Give the agreement a title.",
            "parties",
                "Name at least two parties, by their ISO country codes (for example CA and CN).",
            "regions",
                "Name a region by its ISO code (a country such as CN, or a subdivision such as"
                    + " CA-NU) or a named area such as ARCTIC_WATERS.",
            "classification", "Choose the record's classification."),
        errors(refused));
    assertEquals(before, total(officer.get("agreements?size=1")));
  }

  @Test
  void anUnknownAgreementIsA404Problem() {
    var viewer = ApiClient.as(deployment, "viewer");
    assertEquals("404 not-found", problem(viewer.get("agreements/987654321")));
    assertEquals("404 not-found", problem(viewer.get("agreements/987654321/history")));
  }

  @Test
  void aViewerMayReadButNotPropose() {
    assertEquals(
        "403 forbidden",
        problem(
            ApiClient.as(deployment, "viewer")
                .postJson("agreements", canolaRelief("Canola " + UUID.randomUUID()))));
  }

  @Test
  void nobodyGetsInWithoutCredentials() {
    assertEquals("401 unauthenticated", problem(ApiClient.anonymous(deployment).get("agreements")));
  }
}
