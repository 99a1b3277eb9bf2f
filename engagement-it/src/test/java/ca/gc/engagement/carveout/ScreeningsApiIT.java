package ca.gc.engagement.carveout;

import static ca.gc.engagement.support.Answers.each;
import static ca.gc.engagement.support.Answers.errors;
import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** API v1 screenings over real HTTP: a proposal judged against the carve-outs, nothing kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningsApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource URL deployment;

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
}
