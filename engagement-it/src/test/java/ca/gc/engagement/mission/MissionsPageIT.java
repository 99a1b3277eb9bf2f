package ca.gc.engagement.mission;

import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Deployments;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The missions page at /engagement/ over real HTTP: rendered HTML, the form, post-redirect-get. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MissionsPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource URL deployment;

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
  }

  @Test
  void aViewerReadsButIsNotOfferedThePlanningForm() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "viewer");
    assertNotNull(rowWith(page, "Prime Minister's visit to the People's Republic of China"));
    assertEquals(null, page.getElementById("plan"), "no planning form for a viewer");
    assertEquals("Clearance: Protected A", page.selectFirst(".account-clearance").text());
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
  void theHomePageIsRenderedHtmlListingTheDemoMission() {
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
    assertEquals("Missions — Engagement Records", page.title());
    assertEquals("Missions", page.selectFirst("main h1").text());
    Element row = rowWith(page, "Prime Minister's visit to the People's Republic of China");
    assertNotNull(row, "the demo mission is listed");
    assertTrue(row.text().contains("Beijing"));
    assertTrue(row.text().contains("2026-01-13"));
    assertTrue(row.text().contains("Prime Minister Mark Carney"));
    assertEquals("China", row.selectFirst("abbr").attr("title"));
  }

  @Test
  void planningAMissionRedirectsToTheListThatNowShowsIt() {
    Browser browser = new Browser();
    String title = "Agri-food mission to Seoul " + UUID.randomUUID();

    Document after =
        browser.submit(
            browser.signIn(home(), "officer"),
            "plan",
            Map.of(
                "plan:title", title,
                "plan:counterpartCountry", "KR",
                "plan:hostCity", "Seoul",
                "plan:startDate", "2026-05-11",
                "plan:endDate", "2026-05-14",
                "plan:lead", "Minister of Agriculture"),
            "plan:submit");

    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(
        browser.lastResponse().uri().getPath().endsWith("/index.xhtml"),
        "answered by a redirect to a GET of the list: " + browser.lastResponse().uri());
    assertTrue(
        after.select(".notice-info").text().contains("Mission “" + title + "” planned."),
        after.select(".notices").outerHtml());
    Element row = rowWith(after, title);
    assertNotNull(row, "the new mission is in the list");
    assertTrue(row.text().contains("Seoul"));
    assertTrue(row.text().contains("2026-05-11"));
    assertEquals("South Korea", row.selectFirst("abbr").attr("title"));
  }

  @Test
  void anInvalidFormShowsEachMessageNextToItsFieldAndStoresNothing() {
    Browser browser = new Browser();
    Document page = browser.signIn(home(), "officer");
    String before = page.selectFirst("main h2").text();

    Document refused =
        browser.submit(
            page,
            "plan",
            Map.of(
                "plan:title", "",
                "plan:counterpartCountry", "CN",
                "plan:hostCity", "Shanghai",
                "plan:startDate", "2026-02-10",
                "plan:endDate", "2026-02-01",
                "plan:lead", "Minister"),
            "plan:submit");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Give the mission a title.", messageNextTo(refused, "plan:title"));
    assertEquals(
        "The mission cannot end before it starts.", messageNextTo(refused, "plan:endDate"));
    assertEquals("", messageNextTo(refused, "plan:hostCity"));
    assertEquals("Shanghai", refused.getElementById("plan:hostCity").val(), "input is kept");
    assertEquals(before, browser.open(home()).selectFirst("main h2").text(), "nothing stored");
  }

  @Test
  void anUnknownPageIsTheFriendlyNotFoundPage() {
    Browser browser = new Browser();
    browser.signIn(home(), "viewer");
    Document page = browser.open(home().resolve("no-such-page.xhtml"));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", page.selectFirst("main h1").text());
  }
}
