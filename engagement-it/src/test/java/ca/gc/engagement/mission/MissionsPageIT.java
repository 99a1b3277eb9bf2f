package ca.gc.engagement.mission;

import static ca.gc.engagement.support.Pages.messageNextTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The application's shell over real HTTP: signing in and out, the header, the home page (the
 * dashboard) as rendered HTML, the friendly 404, a mission form's messages next to their fields,
 * and a form posted on a view the server no longer holds.
 */
class MissionsPageIT extends AgainstTheBuiltEar {

  private URI home() {
    return URI.create(deployment.toString());
  }

  @Test
  void nobodySeesThePagesWithoutSigningIn() {
    Browser browser = new Browser();
    Document page = browser.open(home());
    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Sign in", page.selectFirst("main h1").text());
    assertNotNull(page.getElementById("j_username"));
    assertEquals("password", page.getElementById("j_password").attr("type"));
    assertTrue(page.select("table").isEmpty(), "no records before signing in");
    assertNull(page.getElementById("site-search"), "no search box before signing in");
  }

  @Test
  void aWrongPasswordSaysSoOnTheSignInPage() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "officer", "guess");
    assertEquals(
        "The user name or password is not right. Try again.",
        page.selectFirst(".notice-error").text());
    assertTrue(page.select("table").isEmpty());
  }

  @Test
  void theHeaderShowsWhoIsSignedInWithRoleAndClearance() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "approver");
    assertEquals("approver", page.selectFirst(".account-user").text());
    assertEquals("Approver", page.selectFirst(".account-role").text());
    assertEquals("Clearance: Secret", page.selectFirst(".account-clearance").text());

    Document viewer = new Browser().signIn(home(), "viewer");
    assertEquals("Clearance: Protected A", viewer.selectFirst(".account-clearance").text());
  }

  @Test
  void signingOutEndsTheSession() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "officer");
    Document after = browser.submit(page, "account", Map.of(), "account:sign-out");
    assertEquals("Sign in", after.selectFirst("main h1").text());
    assertEquals("Sign in", browser.open(home()).selectFirst("main h1").text());
  }

  @Test
  void theHomePageIsTheDashboardAsRenderedHtml() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "officer");

    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(
        browser
            .lastResponse()
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("text/html"));
    assertFalse(page.html().contains("ui:composition"), "Facelets were rendered, not served raw");
    assertFalse(page.html().contains("#{"), "no unevaluated expressions");
    assertEquals("Dashboard — Engagement Records", page.title());
    assertEquals("Dashboard", page.selectFirst("main h1").text());
    assertEquals(1, page.select("h1").size(), "one h1");
    assertEquals("Search records", page.selectFirst("label[for=site-search-q]").text());
  }

  @Test
  void anInvalidMissionShowsEachMessageNextToItsFieldAndStoresNothing() {
    Browser browser = new Browser();
    String city = "Shanghai " + UUID.randomUUID();
    Document form = browser.signIn(home().resolve("missions/edit.xhtml"), "officer");

    Document refused =
        browser.submit(
            form,
            "mission",
            Map.of(
                "mission:title", "",
                "mission:counterpartCountry", "CN",
                "mission:hostCity", city,
                "mission:startDate", "2026-02-10",
                "mission:endDate", "2026-02-01",
                "mission:lead", "Minister"),
            "mission:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Give the mission a title.", messageNextTo(refused, "mission:title"));
    assertEquals(
        "The mission cannot end before it starts.", messageNextTo(refused, "mission:endDate"));
    assertEquals("", messageNextTo(refused, "mission:hostCity"));
    assertEquals(city, refused.getElementById("mission:hostCity").val(), "input is kept");
    Document list = browser.open(home().resolve("missions/?q=" + city.replace(" ", "+")));
    assertEquals(
        "No missions match these filters.", list.selectFirst("td").text(), "nothing stored");
  }

  @Test
  void anUnknownPageIsTheFriendlyNotFoundPage() {
    Browser browser = new Browser();
    browser.signIn(home(), "viewer");
    Document page = browser.open(home().resolve("no-such-page.xhtml"));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", page.selectFirst("main h1").text());
    assertEquals("Back to the dashboard", page.selectFirst("main p a").text());
  }

  @Test
  void aFormPostedOnAnExpiredViewReloadsThatPageWithAMessage() {
    long id = planThroughApi("Mission to Nairobi " + UUID.randomUUID());
    Browser browser = new Browser();
    Document form = browser.signIn(home().resolve("missions/edit.xhtml?id=" + id), "officer");

    Document reloaded =
        browser.submit(
            form,
            "mission",
            Map.of("mission:hostCity", "Mombasa", "jakarta.faces.ViewState", "expired:0"),
            "mission:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("GET", browser.lastResponse().request().method(), "a redirect, then a GET");
    assertTrue(
        browser.lastResponse().uri().toString().endsWith("/missions/edit.xhtml?id=" + id),
        "the same page, the same record: " + browser.lastResponse().uri());
    assertEquals(
        "Your page had expired; it has been reloaded. Anything you had typed was not saved:"
            + " enter it again.",
        reloaded.selectFirst(".notice-warn").text());
    assertEquals("Nairobi", reloaded.getElementById("mission:hostCity").val(), "nothing saved");
    assertNotNull(reloaded.getElementById("mission:save"), "the form is there to use again");

    Document french = browser.open(home().resolve("missions/edit.xhtml?id=" + id + "&lang=fr"));
    Document rechargee =
        browser.submit(
            french, "mission", Map.of("jakarta.faces.ViewState", "expired:1"), "mission:save");
    assertEquals(
        "Votre page avait expiré; elle a été rechargée. Ce que vous aviez saisi n’a pas été"
            + " enregistré : saisissez-le de nouveau.",
        rechargee.selectFirst(".notice-warn").text());
  }

  private long planThroughApi(String title) {
    var response =
        ApiClient.as(deployment, "officer")
            .postJson(
                "missions",
                """
                {"title": "%s", "counterpartCountry": "KE", "hostCity": "Nairobi",
                 "startDate": "2026-10-05", "endDate": "2026-10-08", "lead": "Minister",
                 "objectives": "Agri-food", "classification": "UNCLASSIFIED"}
                """
                    .formatted(title));
    return Records.idOfCreated(response);
  }
}
