package ca.gc.engagement.carveout;

import static ca.gc.engagement.support.Answers.each;
import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.etag;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.location;
import static ca.gc.engagement.support.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * API v1 screenings over real HTTP: a proposal judged against the carve-outs the caller may see,
 * nothing kept but the screening audit's line; and what an agreement that carve-outs above the
 * caller match tells them (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
 */
class ScreeningsApiIT extends AgainstTheBuiltEar {

  private HttpResponse<String> screen(String account, String proposal) {
    return ApiClient.as(deployment, account).postJson("screenings", proposal);
  }

  @Test
  void canolaReliefBetweenCanadaAndChinaIsClear() {
    HttpResponse<String> screened =
        screen(
            "viewer",
            """
            {"parties": ["CA", "CN"], "sectors": ["CANOLA"], "regions": [],
             "text": "China cuts its duties on Canadian canola seed.", "date": "2026-03-01"}
            """);
    assertEquals(200, screened.statusCode(), screened.body());
    JsonObject result = json(screened);
    assertEquals("CLEAR", result.getString("verdict"));
    assertTrue(result.getJsonArray("matches").isEmpty());
    assertEquals(0, result.getInt("withheld"));
  }

  @Test
  void anArcticShippingCorridorIsProhibitedWithEveryMatchAndItsReason() {
    HttpResponse<String> screened =
        screen(
            "officer",
            """
            {"parties": ["CA", "CN"], "regions": ["ARCTIC_WATERS"],
             "text": "Arctic shipping corridor", "date": "2026-03-01"}
            """);
    assertEquals(200, screened.statusCode(), screened.body());
    JsonObject result = json(screened);
    assertEquals("PROHIBITED", result.getString("verdict"));
    var matches = result.getJsonArray("matches");
    assertEquals(List.of("ARCTIC", "ARCTIC"), each(matches, "carveOut"));
    assertEquals(List.of("REGION", "KEYWORD"), each(matches, "kind"));
    assertEquals(List.of("ARCTIC_WATERS", "Arctic"), each(matches, "value"));
    each(matches, "reason").forEach(reason -> assertTrue(!reason.isBlank()));
  }

  @Test
  void theSameCorridorIsClearBeforeTheCarveOutTookEffect() {
    HttpResponse<String> screened =
        screen(
            "officer",
            """
            {"parties": ["CA", "CN"], "text": "Arctic shipping corridor", "date": "2025-12-31"}
            """);
    assertEquals(200, screened.statusCode(), screened.body());
    assertEquals("CLEAR", json(screened).getString("verdict"));
  }

  @Test
  void anInvalidProposalIsA400ProblemWithOneEntryPerField() {
    assertEquals(
        Map.of(
            "parties", "Name at least one country party to what is screened.",
            "sectors",
                "A sector code is written in capitals with underscores, for example AGRI_FOOD.",
            "date", "Give the day it would take effect."),
        errors(screen("officer", "{\"parties\": [], \"sectors\": [\"canola\"]}")));
    assertEquals(
        Map.of("parties", "Choose a country by its two-letter ISO code (for example CA or CN)."),
        errors(screen("officer", "{\"parties\": [\"Canada\"], \"date\": \"2026-03-01\"}")));
  }

  @Test
  void aSectorTheCatalogueDoesNotHaveIsRefusedByName() {
    HttpResponse<String> refused =
        screen(
            "officer",
            "{\"parties\": [\"CA\"], \"sectors\": [\"UNOBTAINIUM\"], \"date\": \"2026-03-01\"}");
    assertEquals("422 unknown-sector", problem(refused));
    assertTrue(json(refused).getString("detail").contains("UNOBTAINIUM"));
  }

  @Test
  void nobodyScreensWithoutCredentials() {
    assertEquals(
        "401 unauthenticated",
        problem(
            ApiClient.anonymous(deployment)
                .postJson("screenings", "{\"parties\": [\"CA\"], \"date\": \"2026-03-01\"}")));
  }

  /**
   * A carve-out only an administrator (SECRET) may see, on a keyword of its own for a country no
   * other test uses, in force from 2026: what the viewer used as an oracle.
   */
  private String secretCarveOut(String country, String mode) {
    String keyword = "zephyrium" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> declared =
        ApiClient.as(deployment, "admin")
            .postJson(
                "carve-outs",
                """
                {"code": "%s", "name": "Zephyrium", "rationale": "A classified material.",
                 "policyBasis": "A classified directive.", "sectors": [], "regions": [],
                 "keywords": ["%s"], "countries": ["%s"], "effectiveFrom": "2026-01-01",
                 "mode": "%s", "classification": "SECRET"}
                """
                    .formatted(keyword.toUpperCase(Locale.ROOT), keyword, country, mode));
    assertEquals(201, declared.statusCode(), declared.body());
    return keyword;
  }

  @Test
  void aQuestionNeverDependsOnACarveOutAboveTheCaller() {
    String keyword = secretCarveOut("LI", "PROHIBIT");
    String question =
        """
        {"parties": ["CA", "LI"], "text": "%s", "date": "2026-12-01"}
        """;

    HttpResponse<String> plain = screen("viewer", question.formatted("alpha beta"));
    HttpResponse<String> probing = screen("viewer", question.formatted("alpha " + keyword));
    assertEquals(200, probing.statusCode(), probing.body());
    assertEquals(plain.body(), probing.body());
    assertEquals(
        "{\"verdict\":\"CLEAR\",\"matches\":[],\"withheld\":0,\"held\":false}", probing.body());
    assertEquals(plain.body(), screen("officer", question.formatted(keyword)).body());

    JsonObject cleared = json(screen("admin", question.formatted("alpha " + keyword)));
    assertEquals("PROHIBITED", cleared.getString("verdict"));
    assertEquals(
        List.of(keyword.toUpperCase(Locale.ROOT)),
        each(cleared.getJsonArray("matches"), "carveOut"));
  }

  /**
   * The two agreements an officer (Protected B) proposes, one caught by a hidden PROHIBIT carve-out
   * and one by a hidden REVIEW one: every answer the officer gets is the same for both; the
   * approver (Secret) sees which is which. (An approver cleared below the carve-out, whom the demo
   * accounts lack, is AgreementServiceTest's.)
   */
  @Test
  void anAgreementAHiddenCarveOutMatchesIsHeldWithOneAnswerWhicheverItWas() {
    ApiClient officer = ApiClient.as(deployment, "officer");
    ApiClient approver = ApiClient.as(deployment, "approver");
    List<List<String>> answers = new java.util.ArrayList<>();
    for (String mode : List.of("PROHIBIT", "REVIEW")) {
      String country = mode.equals("PROHIBIT") ? "LI" : "MC";
      String keyword = secretCarveOut(country, mode);
      HttpResponse<String> proposed =
          officer.postJson(
              "agreements",
              """
              {"title": "Arrangement on %s", "parties": ["CA", "%s"], "sectors": [],
               "summary": "Trade in %s.", "classification": "PROTECTED_B"}
              """
                  .formatted(keyword, country, keyword));
      assertEquals(201, proposed.statusCode(), proposed.body());
      JsonObject agreement = json(proposed);
      URI location = location(proposed);
      String tag = etag(proposed);

      HttpResponse<String> moved =
          officer.post(
              URI.create(location + "/transitions"),
              tag,
              "{\"to\": \"UNDER_NEGOTIATION\", \"on\": \"2026-12-01\"}");
      answers.add(
          List.of(
              agreement.getJsonObject("screening").toString(),
              agreement.getJsonArray("allowedSteps").toString(),
              problem(moved) + " " + json(moved).getString("detail"),
              json(officer.get(location)).getJsonObject("screening").toString()));

      JsonObject seenByApprover = json(approver.get(location));
      assertEquals(
          mode.equals("PROHIBIT") ? "PROHIBITED" : "REVIEW",
          seenByApprover.getJsonObject("screening").getString("verdict"));
      assertEquals(
          List.of(keyword.toUpperCase(Locale.ROOT)),
          each(seenByApprover.getJsonObject("screening").getJsonArray("matches"), "carveOut"));
      assertEquals(false, seenByApprover.getJsonObject("screening").getBoolean("held"));
    }
    assertEquals(answers.get(0), answers.get(1));
    assertEquals(
        List.of(
            "{\"verdict\":\"REVIEW\",\"matches\":[],\"withheld\":1,\"held\":true}",
            "[\"WITHDRAWN\"]",
            "409 agreement-held This agreement is held for review by a cleared approver.",
            "{\"verdict\":\"REVIEW\",\"matches\":[],\"withheld\":1,\"held\":true}"),
        answers.get(0));
  }

  /**
   * Sixty questions in a minute, then a 429 with Retry-After; once that has passed, the account
   * screens again. The test waits it out, so that no later test finds the account held back.
   */
  @Test
  void anAccountAskingTooManyQuestionsWaitsAsItIsTold() throws InterruptedException {
    String question =
        "{\"parties\": [\"CA\", \"NZ\"], \"text\": \"Kiwifruit\", \"date\": \"2026-12-01\"}";
    HttpResponse<String> answer = screen("approver", question);
    int asked = 1;
    while (answer.statusCode() == 200 && asked <= 61) {
      answer = screen("approver", question);
      asked++;
    }
    assertEquals("429 too-many-screenings", problem(answer), answer.body());
    assertTrue(asked <= 61, "refused after " + asked + " questions");
    long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    assertTrue(json(answer).getString("detail").startsWith("At most 60 screenings a minute"));
    assertEquals(200, screen("viewer", question).statusCode(), "another account is not held back");

    Thread.sleep(retryAfter * 1000 + 500);
    assertEquals(200, screen("approver", question).statusCode());
  }
}
