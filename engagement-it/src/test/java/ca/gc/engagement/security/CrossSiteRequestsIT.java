package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot change records through a signed-in user's browser: a form post
 * without this session's view state, or with another session's, changes nothing, nor does a post or
 * an API write the browser marks as coming from another site. Systems, which send no such marks,
 * and this site's own pages still write.
 */
class CrossSiteRequestsIT extends AgainstTheBuiltEar {

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private String ownOrigin() {
    return "http://" + deployment.getHost() + ":" + deployment.getPort();
  }

  @Test
  void aFormPostWithoutTheSessionsViewStateChangesNothing() {
    long id = newMission("Mission to Osaka " + UUID.randomUUID());
    String before = title(id);
    Browser victim = new Browser();
    Document form = victim.signIn(page("missions/edit.xhtml?id=" + id), "officer");

    victim.submit(
        form,
        "mission",
        Map.of("mission:title", "Forged without view state", VIEW_STATE, ""),
        "mission:save");
    assertEquals(before, title(id), "a post without view state changed the mission");

    Browser attacker = new Browser();
    String attackersViewState =
        attacker
            .signIn(page("missions/edit.xhtml?id=" + id), "admin")
            .select("input[name=" + VIEW_STATE + "]")
            .val();
    victim.submit(
        form,
        "mission",
        Map.of(
            "mission:title",
            "Forged with another session's view state",
            VIEW_STATE,
            attackersViewState),
        "mission:save");
    assertEquals(before, title(id), "another session's view state changed the mission");

    victim.submit(form, "mission", Map.of("mission:title", before + " (checked)"), "mission:save");
    assertEquals(before + " (checked)", title(id), "the page itself still saves");
  }

  @Test
  void aFormPostMarkedCrossSiteIsRefusedAndChangesNothing() {
    long id = newMission("Mission to Nagoya " + UUID.randomUUID());
    String before = title(id);
    Browser victim = new Browser();
    Document form = victim.signIn(page("missions/edit.xhtml?id=" + id), "officer");

    victim.submit(
        form,
        "mission",
        Map.of("mission:title", "Forged from another origin"),
        "mission:save",
        Map.of("Origin", "https://attacker.example"));
    assertEquals(403, victim.lastResponse().statusCode());

    victim.submit(
        form,
        "mission",
        Map.of("mission:title", "Forged from another site"),
        "mission:save",
        Map.of("Sec-Fetch-Site", "cross-site"));
    assertEquals(403, victim.lastResponse().statusCode());
    assertEquals(before, title(id), "a cross-site post changed the mission");

    victim.submit(
        form,
        "mission",
        Map.of("mission:title", before + " (same origin)"),
        "mission:save",
        Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin"));
    assertEquals(before + " (same origin)", title(id), "the page itself still saves");
  }

  @Test
  void anApiWriteMarkedCrossSiteIsA403ProblemAndStoresNothing() {
    String title = "Cross-site mission " + UUID.randomUUID();

    HttpResponse<String> fromOrigin = apiPost(title, Map.of("Origin", "https://attacker.example"));
    HttpResponse<String> fromSite = apiPost(title, Map.of("Sec-Fetch-Site", "cross-site"));
    HttpResponse<String> fromNullOrigin = apiPost(title, Map.of("Origin", "null"));

    for (HttpResponse<String> refused : new HttpResponse[] {fromOrigin, fromSite, fromNullOrigin}) {
      assertEquals("Cross-site request refused", Answers.problem(refused, 403).getString("title"));
    }
    assertFalse(
        ApiClient.as(deployment, "officer")
            .get("missions?size=200&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
            .body()
            .contains(title),
        "a cross-site write stored a mission");
  }

  @Test
  void systemsAndThisSitesOwnPagesStillWriteThroughTheApi() {
    assertEquals(201, apiPost("System's mission " + UUID.randomUUID(), Map.of()).statusCode());
    assertEquals(
        201,
        apiPost(
                "Swagger UI's mission " + UUID.randomUUID(),
                Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin"))
            .statusCode());
  }

  private HttpResponse<String> apiPost(String title, Map<String, String> headers) {
    var request =
        RawHttp.request(page("api/v1/missions"))
            .header("Authorization", RawHttp.basic("officer"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(mission(title)));
    headers.forEach(request::header);
    return RawHttp.send(request);
  }

  private long newMission(String title) {
    HttpResponse<String> created = apiPost(title, Map.of());
    return Records.idOfCreated(created);
  }

  private String title(long id) {
    return Answers.json(ApiClient.as(deployment, "officer").get("missions/" + id))
        .getString("title");
  }

  private static String mission(String title) {
    return """
        {"title": "%s", "counterpartCountry": "JP", "hostCity": "Tokyo",
         "startDate": "2026-05-04", "endDate": "2026-05-08", "lead": "Minister of International Trade",
         "objectives": "Market access for Canadian canola.", "classification": "UNCLASSIFIED"}
        """
        .formatted(title);
  }
}
