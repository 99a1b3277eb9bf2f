package ca.gc.engagement.search;

import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Browser;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Free-text search over real HTTP: the header's search box, results of every kind linking to their
 * records' pages, the kind filter, a search as an address, and nothing above the reader's
 * clearance.
 */
class SearchPageIT extends AgainstTheBuiltEar {

  private static final String SASKATCHEWAN =
      "Premier of Saskatchewan's visit to the People's Republic of China";
  private static final String ARRANGEMENT =
      "Preliminary trade arrangement: electric-vehicle quota and agricultural tariff relief";
  private static final String XI = "Bilateral meeting with President Xi Jinping";
  private static final String BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  /** What the header's search box sends: a GET of its action with the words as {@code q}. */
  private Document searchFromTheHeader(Browser browser, Document page, String words) {
    Element box = page.getElementById("site-search");
    assertNotNull(box, "a search box in the header");
    assertEquals("get", box.attr("method"));
    Element input = box.selectFirst("input[type=search]");
    assertEquals("q", input.attr("name"));
    assertEquals("Search records", box.selectFirst("label[for=" + input.id() + "]").text());
    return browser.open(
        URI.create(page.location()).resolve(box.attr("action") + "?q=" + words.replace(' ', '+')));
  }

  @Test
  void theHeadersSearchBoxFindsEveryKindOfRecordEachLinkingToItsPage() {
    Browser browser = new Browser();
    Document results = searchFromTheHeader(browser, browser.signIn(page(""), "viewer"), "canola");

    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(browser.lastResponse().uri().getPath().endsWith("/search.xhtml"));
    assertEquals("Search", results.selectFirst("main h1").text());
    assertEquals("canola", results.getElementById("search:text").val(), "the words stay");

    Element mission = rowWith(results, SASKATCHEWAN);
    assertNotNull(mission, results.select("#list").outerHtml());
    assertTrue(mission.text().contains("Mission"));
    assertTrue(mission.text().contains("January 13, 2026"));
    assertTrue(mission.text().contains("Unclassified"));
    assertTrue(
        mission
            .selectFirst("a.result-title")
            .attr("href")
            .matches("/engagement/missions/mission\\.xhtml\\?id=\\d+"),
        mission.outerHtml());

    Element meeting = rowWith(results, XI);
    assertTrue(meeting.text().contains("Meeting"));
    assertTrue(meeting.text().contains("Held"));
    assertTrue(
        meeting
            .selectFirst("a.result-title")
            .attr("href")
            .matches("/engagement/meetings/meeting\\.xhtml\\?id=\\d+"));

    Element agreement = rowWith(results, ARRANGEMENT);
    assertTrue(agreement.text().contains("Agreement"));
    assertTrue(agreement.text().contains("Signed"));
    assertTrue(
        agreement
            .selectFirst("a.result-title")
            .attr("href")
            .matches("/engagement/agreements/agreement\\.xhtml\\?id=\\d+"));

    Element statement = rowWith(results, "China should drop its tariffs on Canadian canola.");
    assertNotNull(statement, "a statement, found by its text");
    assertTrue(
        statement
            .selectFirst("a.result-title")
            .attr("href")
            .matches("/engagement/statements/statement\\.xhtml\\?id=\\d+"));
  }

  @Test
  void theKindNarrowsTheSearchAndTheFormAnswersWithItsAddress() {
    Browser browser = new Browser();
    Document search = browser.signIn(page("search.xhtml"), "officer");

    Document statements =
        browser.submit(
            search,
            "search",
            Map.of("search:text", "canola", "search:kind", "STATEMENT"),
            "search:find");

    URI address = browser.lastResponse().uri();
    assertTrue(address.getPath().endsWith("/search.xhtml"));
    assertTrue(address.getQuery().contains("q=canola"), "" + address);
    assertTrue(address.getQuery().contains("kind=STATEMENT"), "" + address);
    Set<String> kinds =
        statements.select("#list\\:results tbody tr").stream()
            .map(tr -> tr.select("td").get(1).text())
            .collect(Collectors.toSet());
    assertEquals(Set.of("Statement"), kinds);
    assertEquals("STATEMENT", statements.selectFirst("#search\\:kind option[selected]").val());
    assertNull(rowWith(statements, SASKATCHEWAN), "no mission among statements");

    Document bookmarked = browser.open(page("search.xhtml?q=canola&kind=MISSION"));
    assertNotNull(rowWith(bookmarked, SASKATCHEWAN));
    assertNull(rowWith(bookmarked, XI));
  }

  @Test
  void aSecretRecordIsNeitherListedNorCountedForAViewer() {
    Browser viewer = new Browser();
    viewer.signIn(page(""), "viewer");
    Document hidden = viewer.open(page("search.xhtml?q=electoral-interference"));
    assertNull(rowWith(hidden, BRIEFING));
    assertEquals("Records found: 0", hidden.getElementById("found").text());
    assertEquals(
        "No records match this search.", hidden.selectFirst("#list\\:results tbody td").text());

    Browser approver = new Browser();
    approver.signIn(page(""), "approver");
    Document shown = approver.open(page("search.xhtml?q=electoral-interference"));
    Element briefing = rowWith(shown, BRIEFING);
    assertNotNull(briefing);
    assertTrue(briefing.text().contains("Secret"));
    assertEquals("Records found: 1", shown.getElementById("found").text());
  }

  @Test
  void datesTheWrongWayRoundAreSaidPlainlyInTheReadersLanguage() {
    Browser browser = new Browser();
    browser.signIn(page(""), "viewer");
    Document page = browser.open(page("search.xhtml?q=canola&from=2026-02-01&to=2026-01-01"));
    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(!page.select(".notice-error").text().isBlank(), page.select("main").outerHtml());

    Document french = browser.open(page("search.xhtml?q=canola&kind=STATEMENT&lang=fr"));
    assertEquals("Recherche", french.selectFirst("main h1").text());
    assertEquals("Déclaration", french.select("#list\\:results tbody tr td").get(1).text());
    assertEquals("Chercher dans les dossiers", french.selectFirst("#site-search label").text());
  }
}
