package ca.gc.engagement.stakeholder;

import static ca.gc.engagement.support.Answers.items;
import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The stakeholder pages over real HTTP: the list filtered by its address, a stakeholder's page with
 * their statements newest first (paged), the form (post-redirect-get, messages next to the fields,
 * in French too), archiving instead of deleting, the history, and 404 for what the user may not
 * see.
 */
class StakeholderPagesIT extends AgainstTheBuiltEar {

  @Test
  void theListIsFilteredByItsAddress() {
    Browser browser = new Browser();
    browser.signIn(page("stakeholders/"), "viewer");

    Document canadians = browser.open(page("stakeholders/?country=CA&status=ACTIVE"));
    Element moe = rowWith(canadians, "Scott Moe");
    assertNotNull(moe);
    assertTrue(moe.text().contains("Premier of Saskatchewan"), moe.text());
    assertTrue(moe.text().contains("Saskatchewan, Canada"), moe.text());
    assertTrue(moe.text().contains("Provincial or territorial"), moe.text());
    assertNotNull(rowWith(canadians, "Doug Ford"));
    assertNull(rowWith(canadians, "Xi Jinping"), "CA takes in CA-SK, not CN");
    assertEquals("CA", canadians.selectFirst("#filters\\:country option[selected]").val());

    Document nanyang = browser.open(page("stakeholders/?q=nanyang"));
    assertNotNull(rowWith(nanyang, "Dylan Loh"));
    assertNull(rowWith(nanyang, "Scott Moe"));

    Document none = browser.open(page("stakeholders/?q=nanyang&country=CN"));
    assertEquals("No stakeholders match these filters.", none.selectFirst("td").text());
  }

  @Test
  void aStakeholderPageShowsParticularsAndWhatTheySaid() {
    Browser browser = new Browser();
    browser.signIn(page("stakeholders/"), "viewer");
    Element link =
        rowWith(browser.open(page("stakeholders/?q=Scott+Moe")), "Scott Moe").selectFirst("a");

    Document moe = browser.open(page("stakeholders/").resolve(link.attr("href")));

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", moe.selectFirst(".marking-banner").text());
    assertEquals("Scott Moe", moe.selectFirst("main h1").text());
    assertEquals("Premier of Saskatchewan", moe.getElementById("title").text());
    assertEquals("Provincial or territorial", moe.getElementById("kind").text());
    assertEquals("Saskatchewan, Canada (CA-SK)", moe.getElementById("jurisdiction").text());
    assertEquals("Active", moe.getElementById("status").text());
    Element canola = rowWith(moe, "China should drop its tariffs on Canadian canola.");
    assertNotNull(canola, moe.select("#said").outerHtml());
    assertTrue(canola.text().contains("January 14, 2026"), canola.text());
    assertTrue(canola.text().contains("Opposes"), canola.text());
    assertTrue(canola.text().contains("Canola"), canola.text());
    assertNull(moe.getElementById("actions"), "a viewer is offered no change");
  }

  @Test
  void manyStatementsArePagedNewestFirst() {
    long id = recordThroughApi("officer", "UNCLASSIFIED", "Trade commentator " + UUID.randomUUID());
    var officer = ApiClient.as(deployment, "officer");
    for (int day = 1; day <= 12; day++) {
      var said =
          officer.postJson(
              "statements",
              """
              {"stakeholderId": %d, "date": "2026-02-%02d", "stance": "NEUTRAL",
               "text": "Remark number %d on the trade talks.",
               "source": {"publication": "Trade weekly"}, "classification": "UNCLASSIFIED"}
              """
                  .formatted(id, day, day));
      assertEquals(201, said.statusCode(), said.body());
    }
    Browser browser = new Browser();

    Document page = browser.signIn(page("stakeholders/stakeholder.xhtml?id=" + id), "viewer");

    var rows = page.select("#said\\:statements_data tr");
    assertEquals(10, rows.size(), page.select("#said").outerHtml());
    assertTrue(
        rows.get(0).text().contains("Remark number 12 on the trade talks."), rows.get(0).text());
    assertTrue(rows.get(0).text().contains("February 12, 2026"), rows.get(0).text());
    assertTrue(rows.get(9).text().contains("Remark number 3 "), rows.get(9).text());
    assertNotNull(page.selectFirst("#said .ui-paginator"), "the other two are on the next page");
  }

  @Test
  void recordingRevisingAndArchivingAStakeholderIsOnTheirPageAndInTheirHistory() {
    Browser browser = new Browser();
    String unique = UUID.randomUUID().toString();
    String name = "Premier of Alberta " + unique;
    Document list = browser.signIn(page("stakeholders/"), "officer");
    Document form =
        browser.open(page("stakeholders/").resolve(list.getElementById("record").attr("href")));

    Document recorded =
        browser.submit(
            form,
            "stakeholder",
            Map.of(
                "stakeholder:name", name,
                "stakeholder:title", "Premier of Alberta",
                "stakeholder:kind", "PROVINCIAL",
                "stakeholder:jurisdiction", "ca-ab",
                "stakeholder:classification", "PROTECTED_A"),
            "stakeholder:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/stakeholders/stakeholder.xhtml"));
    assertEquals(
        "Stakeholder “" + name + "” recorded.", recorded.selectFirst(".notice-info").text());
    assertEquals("Protected A", recorded.selectFirst(".marking-banner").text());
    assertEquals("Alberta, Canada (CA-AB)", recorded.getElementById("jurisdiction").text());
    String id = browser.lastResponse().uri().getQuery().replace("id=", "");
    assertTrue(
        recorded
            .getElementById("actions:record-statement")
            .attr("href")
            .endsWith("stakeholderId=" + id));

    Document edit = browser.open(page("stakeholders/edit.xhtml?id=" + id));
    assertEquals("CA-AB", edit.getElementById("stakeholder:jurisdiction").val());
    Document saved =
        browser.submit(
            edit,
            "stakeholder",
            Map.of("stakeholder:organisation", "Government of Alberta"),
            "stakeholder:save");
    assertEquals("Government of Alberta", saved.getElementById("organisation").text());

    Document archived = browser.submit(saved, "actions", Map.of(), "actions:archive");
    assertEquals("Archived", archived.getElementById("status").text());
    assertTrue(archived.selectFirst(".notice-info").text().contains("archived"));
    assertNotNull(archived.getElementById("archived-note"));
    assertNull(archived.getElementById("actions:archive"), "archived once and for all");
    assertNull(archived.getElementById("actions:record-statement"), "no new statement for them");
    assertNotNull(rowWith(browser.open(page("stakeholders/?status=ARCHIVED&q=" + unique)), name));

    Document history = browser.open(page("stakeholders/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(3, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("officer"));
    assertTrue(rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().contains("Organisation"), rows.get(1).text());
    assertTrue(rows.get(2).text().contains("Status"), rows.get(2).text());
  }

  @Test
  void theFormSaysWhatIsWrongNextToTheFieldInEitherLanguage() {
    Browser browser = new Browser();
    Document form = browser.signIn(page("stakeholders/edit.xhtml"), "officer");

    Document refused =
        browser.submit(
            form,
            "stakeholder",
            Map.of("stakeholder:kind", "EXPERT", "stakeholder:jurisdiction", "Beijing"),
            "stakeholder:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Give the stakeholder's name.", messageNextTo(refused, "stakeholder:name"));
    assertEquals(
        "Name the jurisdiction by its ISO code: a country such as CN, or a province or state such as"
            + " CA-SK.",
        messageNextTo(refused, "stakeholder:jurisdiction"));
    assertEquals("", messageNextTo(refused, "stakeholder:kind"));

    Document french =
        browser.open(
            page("stakeholders/edit.xhtml")
                .resolve(form.getElementById("language-toggle").attr("href")));
    assertEquals("Inscrire une partie prenante", french.selectFirst("main h1").text());
    Document refusedInFrench =
        browser.submit(
            french, "stakeholder", Map.of("stakeholder:kind", "EXPERT"), "stakeholder:save");
    assertEquals(
        "Indiquez le nom de l’intervenant.", messageNextTo(refusedInFrench, "stakeholder:name"));
    assertEquals(
        "Inscrire la partie prenante", refusedInFrench.getElementById("stakeholder:save").val());
  }

  @Test
  void aStakeholderAboveTheUsersClearanceIsNotFoundLikeAMissingOne() {
    long secret =
        recordThroughApi("approver", "SECRET", "Confidential source " + UUID.randomUUID());
    Browser browser = new Browser();
    browser.signIn(page("stakeholders/"), "viewer");

    Document hidden = browser.open(page("stakeholders/stakeholder.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    browser.open(page("stakeholders/history.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    // A viewer edits nothing: the form is refused (403) whatever the id, hidden or not.
    browser.open(page("stakeholders/edit.xhtml?id=" + secret));
    assertEquals(403, browser.lastResponse().statusCode());
    browser.open(page("stakeholders/stakeholder.xhtml?id=987654321"));
    assertEquals(404, browser.lastResponse().statusCode());
    assertTrue(
        items(ApiClient.as(deployment, "approver").get("stakeholders?q=Confidential+source")).size()
            > 0,
        "the approver does see it");
  }

  private long recordThroughApi(String account, String classification, String name) {
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "stakeholders",
                """
                {"name": "%s", "kind": "EXPERT", "jurisdiction": "CA-ON",
                 "classification": "%s"}
                """
                    .formatted(name, classification));
    return Records.idOfCreated(response);
  }
}
