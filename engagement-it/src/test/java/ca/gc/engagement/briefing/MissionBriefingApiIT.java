package ca.gc.engagement.briefing;

import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The briefing book of the scenario's mission over real HTTP, read back as a department would: the
 * PDF's text extracted with PDFBox. Readers of three clearances get three books, each marked at the
 * level of the most sensitive record in it and holding nothing above their clearance; records a
 * book needs at a level the demo dataset lacks are recorded through the API first.
 */
class MissionBriefingApiIT extends AgainstTheBuiltEar {

  private static final String DEMO_MISSION =
      "Prime Minister's visit to the People's Republic of China";
  private static final String PARTY_LEADERS =
      "Meeting with senior leaders of the Communist Party of China";
  private static final String XI_BILATERAL = "Bilateral meeting with President Xi Jinping";
  private static final String BANQUET =
      "Business banquet hosted by the Canada China Business Council";
  private static final String SECRET_BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";
  private static final String ARRANGEMENT =
      "Preliminary trade arrangement: electric-vehicle quota and agricultural tariff relief";
  private static final String CONFIDENTIAL_FOLLOW_UP = "Prepare Canada's negotiating position";
  private static final String PDF = "application/pdf";

  private long demoMission() {
    HttpResponse<String> china =
        ApiClient.as(deployment, "viewer").get("missions?country=CN&size=200");
    assertEquals(200, china.statusCode(), china.body());
    return json(china).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("title").equals(DEMO_MISSION))
        .mapToLong(m -> m.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow();
  }

  /** The book as the account gets it: 200, a PDF shown inline under the mission's file name. */
  private byte[] book(String account, long mission) {
    HttpResponse<byte[]> answer =
        ApiClient.as(deployment, account).download("missions/" + mission + "/briefing", PDF);
    assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
    assertEquals(PDF, answer.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "inline; filename=\"briefing-mission-" + mission + ".pdf\"",
        answer.headers().firstValue("Content-Disposition").orElse(""));
    return answer.body();
  }

  /** The PDF's text, in the order it was written, its white space made single spaces. */
  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("not a PDF", e);
    }
  }

  /** Each page's top line, as laid out: what the book is, and its marking. */
  private static List<String> headers(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> headers = new java.util.ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        headers.add(stripper.getText(document).strip().lines().findFirst().orElse("").strip());
      }
      return headers;
    } catch (IOException e) {
      throw new AssertionError("not a PDF", e);
    }
  }

  private static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "\"" + part + "\" not in: " + text);
    }
  }

  private static void assertLacks(String text, String... parts) {
    for (String part : parts) {
      assertFalse(text.contains(part), () -> "\"" + part + "\" in: " + text);
    }
  }

  @Test
  void anOfficerGetsTheMissionItsMeetingsAgreementsMeasuresStatementsAndFollowUps() {
    long mission = demoMission();
    byte[] pdf = book("officer", mission);
    String text = text(pdf);

    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    assertContains(
        text,
        "Briefing book " + DEMO_MISSION,
        "Mission [UNCLASSIFIED]",
        "Counterpart China (CN)",
        "Host city Beijing",
        "Dates 13 January 2026 to 17 January 2026",
        "Lead Prime Minister Mark Carney",
        "Status Completed",
        // the meetings, in time order, in Beijing time, with their participants
        "Meetings [PROTECTED B]",
        "Thu 15 Jan 2026, 10:00 to 11:30 (Asia/Shanghai, UTC+08:00) " + PARTY_LEADERS,
        "Fri 16 Jan 2026, 10:00 to 11:30 (Asia/Shanghai, UTC+08:00) " + XI_BILATERAL,
        "Fri 16 Jan 2026, 19:00 to 21:30 (Asia/Shanghai, UTC+08:00) " + BANQUET,
        PARTY_LEADERS + " [PROTECTED B]",
        "Xi Jinping President of the People's Republic of China Counterpart Head of delegation",
        "Graham Shantz President, Canada China Business Council Third party",
        "Readout A preliminary trade arrangement is reported",
        // the agreements and their verdicts
        ARRANGEMENT + " [UNCLASSIFIED]",
        "Status Signed",
        "From the meeting " + XI_BILATERAL,
        "Screening today CLEAR",
        // the canola measures of the dispute, in force during the visit
        "Trade measures in force between Canada (CA) and China (CN), 13 January 2026 to 17"
            + " January 2026",
        "Tariff on Canadian canola oil, canola meal and peas Retaliates against: Surtax on"
            + " electric vehicles from China CN on CA Tariff",
        "Anti-dumping deposit on Canadian canola seed CN on CA",
        "Rape or colza (canola) seeds (1205.10) 75.8 % from 14 August 2025 UNCLASSIFIED",
        // statements, the Premier of Saskatchewan's on canola although of his own mission
        "Stakeholder statements",
        "Scott Moe Premier of Saskatchewan (CA-SK) Opposes China should drop its tariffs on"
            + " Canadian canola.",
        "Canada contained China \"in lockstep\" with the U.S.",
        // the open follow-ups
        "Open follow-ups",
        "APEC Senior Official's office",
        "Trade Negotiations (North America) Mission: " + DEMO_MISSION + " PROTECTED A");
    assertLacks(text, SECRET_BRIEFING, CONFIDENTIAL_FOLLOW_UP, "SECRET", "CONFIDENTIAL");
    assertTrue(
        headers(pdf).stream()
            .allMatch(h -> h.equals("Briefing book: mission " + mission + " PROTECTED B")),
        "" + headers(pdf));
  }

  @Test
  void aMatchedCarveOutIsExplainedAndWhatIsProtectedBStaysOutOfAViewersBook() {
    long mission = demoMission();
    String word = "briefingcheck" + UUID.randomUUID().toString().substring(0, 8);
    String code = word.toUpperCase(Locale.ROOT);
    var admin = ApiClient.as(deployment, "admin");
    HttpResponse<String> carveOut =
        admin.postJson(
            "carve-outs",
            """
            {"code": "%s", "name": "Briefing check",
             "rationale": "Proposals that name it are weighed case by case.",
             "policyBasis": "Test of the briefing book", "sectors": [], "regions": [],
             "keywords": ["%s"], "countries": ["CN"],
             "effectiveFrom": "2026-02-01", "mode": "REVIEW", "classification": "UNCLASSIFIED"}
            """
                .formatted(code, word));
    assertEquals(201, carveOut.statusCode(), carveOut.body());
    try {
      var officer = ApiClient.as(deployment, "officer");
      String agreement = "Protected arrangement " + word;
      assertEquals(
          201,
          officer
              .postJson(
                  "agreements",
                  """
                  {"title": "%s", "parties": ["CA", "CN"], "missionId": %d, "sectors": [],
                   "summary": "A side letter on %s.", "classification": "PROTECTED_B"}
                  """
                      .formatted(agreement, mission, word))
              .statusCode());
      String followUp = "Brief the deputy minister on " + word;
      assertEquals(
          201,
          officer
              .postJson(
                  "follow-ups",
                  """
                  {"description": "%s", "originKind": "MISSION", "originId": %d,
                   "owner": "Greater China Division", "dueDate": "2026-12-15",
                   "classification": "PROTECTED_B"}
                  """
                      .formatted(followUp, mission))
              .statusCode());

      String officers = text(book("officer", mission));
      assertContains(
          officers,
          agreement + " [PROTECTED B]",
          "Screening today REVIEW",
          code
              + " (calls for review, keyword "
              + word
              + "): The text mentions \u201c"
              + word
              + "\u201d, a keyword of the Briefing check carve-out.",
          followUp,
          "Agreements and their screening [PROTECTED B]",
          "Open follow-ups [PROTECTED B]");

      String viewers = text(book("viewer", mission));
      assertLacks(viewers, word, PARTY_LEADERS, SECRET_BRIEFING, CONFIDENTIAL_FOLLOW_UP);
      assertContains(viewers, XI_BILATERAL, BANQUET, ARRANGEMENT);
    } finally {
      HttpResponse<String> read = admin.get(location(carveOut));
      admin.post(URI.create(location(carveOut) + "/retirement"), etag(read), null);
    }
  }

  @Test
  void aViewersBookIsMarkedProtectedAAndHoldsNothingAboveIt() {
    long mission = demoMission();
    byte[] pdf = book("viewer", mission);
    String text = text(pdf);

    assertContains(
        text,
        "This book is marked at the level of its most sensitive content: PROTECTED A.",
        "Meetings [UNCLASSIFIED]",
        XI_BILATERAL,
        BANQUET,
        "Open follow-ups [PROTECTED A]");
    assertLacks(
        text, PARTY_LEADERS, SECRET_BRIEFING, CONFIDENTIAL_FOLLOW_UP, "PROTECTED B", "SECRET");
    assertTrue(headers(pdf).stream().allMatch(h -> h.endsWith(" PROTECTED A")), "" + headers(pdf));
  }

  @Test
  void anApproversBookHoldsTheSecretBriefingAndIsMarkedSecret() {
    long mission = demoMission();
    byte[] pdf = book("approver", mission);
    String text = text(pdf);

    assertContains(
        text,
        SECRET_BRIEFING + " [SECRET]",
        "Touches a carve-out (PROHIBITED)",
        "NATIONAL_SECURITY (prohibits, sector NATIONAL_SECURITY)",
        CONFIDENTIAL_FOLLOW_UP,
        "Trade Negotiations (Asia) Agreement: Preliminary trade arrangement",
        "Open follow-ups [CONFIDENTIAL]");
    assertTrue(headers(pdf).stream().allMatch(h -> h.endsWith(" SECRET")), "" + headers(pdf));
  }

  @Test
  void aSecretMissionIsNotFoundForAViewerAsIfItDidNotExist() {
    HttpResponse<String> created =
        ApiClient.as(deployment, "approver")
            .postJson(
                "missions",
                """
                {"title": "Visit kept secret %s", "counterpartCountry": "CN",
                 "hostCity": "Shanghai", "startDate": "2026-02-01", "endDate": "2026-02-02",
                 "lead": "Deputy Minister", "classification": "SECRET"}
                """
                    .formatted(UUID.randomUUID()));
    assertEquals(201, created.statusCode(), created.body());
    long secret = Long.parseLong(location(created).getPath().replaceAll(".*/", ""));

    HttpResponse<String> refused =
        ApiClient.as(deployment, "viewer").get("missions/" + secret + "/briefing", PDF);
    JsonObject notFound = problemBody(refused, 404);
    assertEquals(
        notFound.getString("detail"),
        problemBody(ApiClient.as(deployment, "viewer").get("missions/999999999/briefing", PDF), 404)
            .getString("detail")
            .replace("999999999", String.valueOf(secret)));
    assertTrue(headers(book("approver", secret)).get(0).endsWith(" SECRET"));
  }

  @Test
  void anUnknownMissionIsANotFoundProblem() {
    HttpResponse<String> answer =
        ApiClient.as(deployment, "officer").get("missions/999999999/briefing", PDF);
    assertEquals("404 not-found", problem(answer));
    assertEquals(
        "/engagement/api/v1/missions/999999999/briefing",
        URI.create(json(answer).getString("instance")).getPath());
  }

  @Test
  void anyMediaTypeButPdfIsNotAcceptable() {
    long mission = demoMission();
    var officer = ApiClient.as(deployment, "officer");
    assertEquals(
        "406 http-406",
        problem(officer.get("missions/" + mission + "/briefing", "application/json")));
    assertEquals(
        "406 http-406", problem(officer.get("missions/" + mission + "/briefing", "text/csv")));
  }

  @Test
  void aBrowserThatTakesAnythingGetsThePdf() {
    long mission = demoMission();
    HttpResponse<byte[]> answer =
        ApiClient.as(deployment, "viewer")
            .download(
                "missions/" + mission + "/briefing",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertEquals(200, answer.statusCode());
    assertEquals(PDF, answer.headers().firstValue("Content-Type").orElse(""));
    assertContains(text(answer.body()), DEMO_MISSION);
  }

  @Test
  void theOpenApiDocumentDescribesTheBookAsAPdf() {
    HttpResponse<String> document =
        ApiClient.anonymous(deployment)
            .get(URI.create(deployment.toString()).resolve("/openapi?format=JSON"));
    assertEquals(200, document.statusCode(), document.body());
    JsonObject responses =
        json(document)
            .getJsonObject("paths")
            .getJsonObject("/engagement/api/v1/missions/{id}/briefing")
            .getJsonObject("get")
            .getJsonObject("responses");
    assertTrue(responses.getJsonObject("200").getJsonObject("content").containsKey(PDF));
    assertTrue(responses.containsKey("404"));
    assertTrue(responses.containsKey("406"));
  }

  @Test
  void nobodyGetsInWithoutCredentials() {
    HttpResponse<String> answer =
        ApiClient.anonymous(deployment).get("missions/" + demoMission() + "/briefing", PDF);
    assertEquals("401 unauthenticated", problem(answer));
    assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
  }

  private static JsonObject problemBody(HttpResponse<String> answer, int status) {
    assertEquals(status + " not-found", problem(answer));
    return json(answer);
  }
}
