package ca.gc.engagement.statement;

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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API v1 statements over real HTTP, as another department's system sees them. */
class StatementsApiIT extends AgainstTheBuiltEar {

  /** The Premier of Saskatchewan, who asked China to drop its canola tariffs (demo dataset). */
  private long premier() {
    HttpResponse<String> found =
        ApiClient.as(deployment, "viewer").get("statements?q=drop%20its%20tariffs%20on%20Canadian");
    assertEquals(1, total(found), found.body());
    return json(found)
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("stakeholderId")
        .longValue();
  }

  private String body(String text) {
    return """
        {"stakeholderId": %d, "date": "2026-01-14", "stance": "OPPOSES",
         "sectors": ["CANOLA", "AGRI_FOOD"], "text": "%s",
         "source": {"publication": "Press conference, Regina", "url": "https://example.org/moe"},
         "classification": "UNCLASSIFIED"}
        """
        .formatted(premier(), text);
  }

  private HttpResponse<String> record(String text) {
    HttpResponse<String> created =
        ApiClient.as(deployment, "officer").postJson("statements", body(text));
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  @Test
  void aRecordedStatementAnswers201WithItsLocationAndReadsBackTheSame() {
    String text = "The canola tariffs must go. " + UUID.randomUUID();
    long premier = premier();
    HttpResponse<String> created = record(text);
    String location = location(created).toString();
    JsonObject statement =
        readBackAsCreated(created, "statements", ApiClient.as(deployment, "viewer"));
    assertEquals(location.substring(location.lastIndexOf('/') + 1), "" + statement.getInt("id"));
    assertEquals(0, statement.getInt("version"));
    assertEquals(premier, statement.getJsonNumber("stakeholderId").longValue());
    assertEquals("2026-01-14", statement.getString("date"));
    assertEquals("OPPOSES", statement.getString("stance"));
    assertEquals(List.of("AGRI_FOOD", "CANOLA"), strings(statement, "sectors"));
    assertEquals(text, statement.getString("text"));
    assertEquals(
        "Press conference, Regina", statement.getJsonObject("source").getString("publication"));
    assertEquals("https://example.org/moe", statement.getJsonObject("source").getString("url"));
    assertEquals("RECORDED", statement.getString("status"));
    assertEquals("UNCLASSIFIED", statement.getString("classification"));
  }

  @Test
  void aRevisionNeedsTheVersionItWasMadeOnAndLosesToAnEarlierOne() {
    var officer = ApiClient.as(deployment, "officer");
    String text = "Drop the duties. " + UUID.randomUUID();
    HttpResponse<String> created = record(text);
    URI location = location(created);

    assertEquals(
        "428 precondition-required", problem(officer.put(location, null, body(text + " Now."))));
    HttpResponse<String> revised = officer.put(location, etag(created), body(text + " Now."));
    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(text + " Now.", json(revised).getString("text"));
    assertEquals(1, json(revised).getInt("version"));
    assertNotEquals(etag(created), etag(revised));

    assertEquals(
        "412 stale-record",
        problem(
            ApiClient.as(deployment, "approver").put(location, etag(created), body(text + "!"))));
    assertEquals(text + " Now.", json(officer.get(location)).getString("text"));

    var history = array(officer.get(URI.create(location + "/history")));
    assertEquals(List.of("CREATED", "CHANGED"), each(history, "change"));
    assertEquals(List.of("officer", "officer"), each(history, "by"));
    assertTrue(history.getJsonObject(1).getJsonArray("fields").toString().contains("text"));
  }

  @Test
  void aWithdrawnStatementStaysOnFileWithItsStatus() {
    var officer = ApiClient.as(deployment, "officer");
    String word = "Kelp" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created = record("Canola first. " + word);
    URI withdrawal = URI.create(location(created) + "/withdrawal");

    assertEquals("428 precondition-required", problem(officer.post(withdrawal, null, null)));
    assertEquals(
        "403 forbidden",
        problem(ApiClient.as(deployment, "viewer").post(withdrawal, etag(created), null)));
    HttpResponse<String> withdrawn = officer.post(withdrawal, etag(created), null);
    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertEquals("WITHDRAWN", json(withdrawn).getString("status"));
    assertEquals(
        "409 illegal-transition", problem(officer.post(withdrawal, etag(withdrawn), null)));

    assertEquals(1, total(officer.get("statements?q=" + word + "&status=WITHDRAWN")));
    assertEquals(0, total(officer.get("statements?q=" + word + "&status=RECORDED")));
    assertEquals(
        List.of("CREATED", "CHANGED"),
        each(array(officer.get(URI.create(location(created) + "/history"))), "change"));
  }

  @Test
  void theListFiltersByWordsCountrySectorAndDates() {
    var viewer = ApiClient.as(deployment, "viewer");
    String word = "Kelp" + UUID.randomUUID().toString().substring(0, 6);
    record("Seafood too. " + word);

    assertEquals(
        1,
        total(viewer.get("statements?q=" + word + "&country=CA&sector=AGRI_FOOD&from=2026-01-14")));
    assertEquals(0, total(viewer.get("statements?q=" + word + "&country=CN")));
    assertEquals(0, total(viewer.get("statements?q=" + word + "&sector=CLEAN_ENERGY")));
    assertEquals(0, total(viewer.get("statements?q=" + word + "&to=2026-01-13")));
    assertEquals(
        Map.of("from", "Give the date as YYYY-MM-DD, for example 2026-01-13."),
        errors(viewer.get("statements?from=last-week")));
  }

  @Test
  void anInvalidStatementIsA400ProblemWithOneEntryPerFieldAndNothingIsStored() {
    var officer = ApiClient.as(deployment, "officer");
    long before = total(officer.get("statements?size=1"));
    HttpResponse<String> refused =
        officer.postJson(
            "statements",
            """
            {"date": "2999-01-01", "text": "",
             "source": {"publication": "", "url": "ftp://example.org"}}
            """);
    assertEquals(
        Map.of(
            "stakeholderId", "Choose the stakeholder who made the statement.",
            "date", "A statement cannot be dated in the future: give the day it was made.",
            "stance",
                "Give the stance the statement takes: supports, opposes, concerned or neutral.",
            "text", "Give the text of the statement, or a summary of it.",
            "source.publication", "Name the publication the statement appeared in.",
            "source.url", "Give the full web address, starting with https:// or http://.",
            "classification", "Choose the record's classification."),
        errors(refused));
    assertEquals(before, total(officer.get("statements?size=1")));
  }

  /**
   * A list shows a statement at the stricter of its own classification and its stakeholder's: the
   * single read agrees, so a Protected A statement by a SECRET stakeholder is "not found" for a
   * Protected A reader, as a statement that does not exist.
   */
  @Test
  void aStatementWhoseStakeholderIsAboveTheReaderIsNotFoundForThem() {
    var approver = ApiClient.as(deployment, "approver");
    String name = "Informant " + UUID.randomUUID();
    HttpResponse<String> informant =
        approver.postJson(
            "stakeholders",
            """
            {"name": "%s", "kind": "EXPERT", "jurisdiction": "CN",
             "classification": "SECRET"}
            """
                .formatted(name));
    assertEquals(201, informant.statusCode(), informant.body());
    long stakeholder = json(informant).getJsonNumber("id").longValue();
    HttpResponse<String> said =
        approver.postJson(
            "statements",
            """
            {"stakeholderId": %d, "date": "2026-01-14", "stance": "NEUTRAL", "sectors": [],
             "text": "Said in confidence.", "source": {"publication": "Cable"},
             "classification": "PROTECTED_A"}
            """
                .formatted(stakeholder));
    assertEquals(201, said.statusCode(), said.body());
    URI location = location(said);

    assertEquals(200, approver.get(location).statusCode());
    assertEquals("404 not-found", problem(ApiClient.as(deployment, "viewer").get(location)));
    assertEquals("404 not-found", problem(ApiClient.as(deployment, "officer").get(location)));
    assertEquals(
        "404 not-found",
        problem(ApiClient.as(deployment, "officer").put(location, etag(said), body("Mine now."))));
  }

  @Test
  void anUnknownStatementIsA404Problem() {
    assertEquals(
        "404 not-found", problem(ApiClient.as(deployment, "viewer").get("statements/987654321")));
  }

  @Test
  void aViewerMayReadButNotRecord() {
    assertEquals(
        "403 forbidden",
        problem(ApiClient.as(deployment, "viewer").postJson("statements", body("Not mine."))));
  }

  @Test
  void nobodyGetsInWithoutCredentials() {
    assertEquals("401 unauthenticated", problem(ApiClient.anonymous(deployment).get("statements")));
  }
}
