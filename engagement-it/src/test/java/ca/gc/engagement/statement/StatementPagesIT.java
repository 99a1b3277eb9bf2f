package ca.gc.engagement.statement;

import static ca.gc.engagement.support.Answers.json;
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
 * The statement pages over real HTTP: the list through the one search (the scenario's canola
 * statements), a statement's page with its stakeholder, source and mission, the form preset from
 * the stakeholder's page (post-redirect-get, messages next to the fields, in French too), the
 * withdrawal that keeps it on file, the history, and 404 for what the user may not see.
 */
class StatementPagesIT extends AgainstTheBuiltEar {

  private static final String MOE_ON_CANOLA = "China should drop its tariffs on Canadian canola.";
  private static final String PREMIERS_ON_TARIFFS =
      "Hope that China drops its tariffs on Canadian pork, canola and seafood.";

  @Test
  void theListIsTheSearchFilteredByItsAddress() {
    Browser browser = new Browser();
    browser.signIn(page("statements/"), "viewer");

    Document canola = browser.open(page("statements/?q=canola"));
    Element moe = rowWith(canola, MOE_ON_CANOLA);
    assertNotNull(moe, canola.select("main").outerHtml());
    assertEquals("Scott Moe", moe.selectFirst("a[href*=stakeholders/stakeholder]").text());
    assertTrue(moe.text().contains("Jan 14, 2026"), moe.text());
    assertTrue(moe.text().contains("Opposes"), moe.text());
    assertTrue(moe.text().contains("On file"), moe.text());
    Element premiers = rowWith(canola, PREMIERS_ON_TARIFFS);
    assertNotNull(premiers);
    assertTrue(premiers.text().contains("Western and Atlantic premiers"), premiers.text());
    assertTrue(premiers.text().contains("Canola, Fish and seafood, Pork"), premiers.text());
    assertNull(rowWith(canola, "protect the auto sector"), "Doug Ford spoke of cars");

    Document bySector = browser.open(page("statements/?sector=AGRI_FOOD&country=CA&to=2026-01-31"));
    assertNotNull(rowWith(bySector, MOE_ON_CANOLA), "canola is within agriculture and agri-food");
    assertNotNull(rowWith(bySector, PREMIERS_ON_TARIFFS));
    assertNull(rowWith(bySector, "Pragmatic engagement with China"), "the environment is not");
    assertEquals("AGRI_FOOD", bySector.selectFirst("#filters\\:sector option[selected]").val());
    assertEquals("2026-01-31", bySector.getElementById("filters:to").val());

    Document none = browser.open(page("statements/?q=canola&country=SG"));
    assertEquals("No statements match these filters.", none.selectFirst("td").text());

    Document unknownSector = browser.open(page("statements/?sector=NO_SUCH_SECTOR"));
    assertEquals(200, browser.lastResponse().statusCode(), "said on the list, not an error page");
    assertEquals(
        "There is no sector NO_SUCH_SECTOR. Choose a sector from the list, for example AGRI_FOOD.",
        unknownSector.selectFirst("#notices .notice-error").text());
    assertTrue(unknownSector.select("#list").isEmpty(), "no table for criteria the search refuses");
  }

  @Test
  void aStatementPageShowsWhoSaidWhatWhenAndWhere() {
    Browser browser = new Browser();
    browser.signIn(page("statements/"), "viewer");
    Element link =
        rowWith(browser.open(page("statements/?q=canola")), MOE_ON_CANOLA)
            .selectFirst("a.statement-text");

    Document statement = browser.open(page("statements/").resolve(link.attr("href")));

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", statement.selectFirst(".marking-banner").text());
    assertEquals("Statement by Scott Moe", statement.selectFirst("main h1").text());
    Element stakeholder = statement.selectFirst("#stakeholder a");
    assertEquals("Scott Moe", stakeholder.text());
    assertTrue(stakeholder.attr("href").contains("/stakeholders/stakeholder.xhtml?id="));
    assertEquals("January 14, 2026", statement.getElementById("date").text());
    assertEquals("Opposes", statement.getElementById("stance").text());
    assertEquals("Canola", statement.getElementById("topics").text());
    assertEquals(MOE_ON_CANOLA, statement.getElementById("text").text());
    assertEquals("Remarks to reporters", statement.getElementById("source").text());
    assertNull(statement.selectFirst("#source a"), "the scenario cites no address");
    Element mission = statement.selectFirst("#mission a");
    assertEquals(
        "Premier of Saskatchewan's visit to the People's Republic of China", mission.text());
    assertTrue(mission.attr("href").contains("/missions/mission.xhtml?id="));
    assertEquals("On file", statement.getElementById("status").text());
    assertNull(statement.getElementById("actions"), "a viewer is offered no change");
  }

  @Test
  void aStatementRecordedFromItsStakeholderIsRevisedThenWithdrawnAndStaysOnFile() {
    String unique = UUID.randomUUID().toString();
    String name = "Premier of Manitoba " + unique;
    long stakeholder = stakeholderThroughApi("officer", name);
    Browser browser = new Browser();
    Document theirs =
        browser.signIn(page("stakeholders/stakeholder.xhtml?id=" + stakeholder), "officer");
    Document form =
        browser.open(
            page("stakeholders/")
                .resolve(theirs.getElementById("actions:record-statement").attr("href")));
    assertEquals(
        String.valueOf(stakeholder),
        form.selectFirst("#statement\\:stakeholderId option[selected]").val(),
        "the stakeholder is preset");

    Document recorded =
        browser.submit(
            form,
            "statement",
            Map.of(
                "statement:date", "2026-01-15",
                "statement:stance", "SUPPORTS",
                "statement:sectors", "PORK",
                "statement:text", "Pork exports to China should resume. " + unique,
                "statement:publication", "Legislative press gallery",
                "statement:sourceUrl", "https://example.org/manitoba"),
            "statement:save");

    assertTrue(browser.lastResponse().uri().getPath().endsWith("/statements/statement.xhtml"));
    assertEquals(
        "Statement by " + name + " recorded.", recorded.selectFirst(".notice-info").text());
    assertEquals("Pork", recorded.getElementById("topics").text());
    Element source = recorded.selectFirst("#source a");
    assertEquals("Legislative press gallery", source.text());
    assertEquals("https://example.org/manitoba", source.attr("href"));
    assertEquals("No mission", recorded.getElementById("mission").text());
    String id = browser.lastResponse().uri().getQuery().replace("id=", "");

    Document edit = browser.open(page("statements/edit.xhtml?id=" + id));
    assertTrue(edit.selectFirst("input[type=checkbox][value=PORK]").hasAttr("checked"));
    Document revised =
        browser.submit(
            edit, "statement", Map.of("statement:stance", "CONCERNED"), "statement:save");
    assertEquals("Concerned", revised.getElementById("stance").text());
    assertEquals("Pork", revised.getElementById("topics").text(), "the topics are kept");

    Document withdrawn = browser.submit(revised, "actions", Map.of(), "actions:withdraw");
    assertEquals("Withdrawn", withdrawn.getElementById("status").text());
    assertEquals(
        "Statement withdrawn: it stays on file, marked withdrawn.",
        withdrawn.selectFirst(".notice-info").text());
    assertTrue(
        withdrawn
            .getElementById("withdrawn-note")
            .text()
            .startsWith("This statement was withdrawn."));
    assertNull(withdrawn.getElementById("actions:withdraw"));
    Element listed =
        rowWith(browser.open(page("statements/?status=WITHDRAWN&q=" + unique)), unique);
    assertNotNull(listed, "still listed, as withdrawn");
    assertTrue(listed.text().contains("Withdrawn"));
    assertNotNull(
        rowWith(browser.open(page("stakeholders/stakeholder.xhtml?id=" + stakeholder)), unique));

    Document history = browser.open(page("statements/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(3, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().contains("Stance"), rows.get(1).text());
    assertTrue(rows.get(2).text().contains("Status"), rows.get(2).text());
  }

  @Test
  void theFormSaysWhatIsWrongNextToTheFieldInEitherLanguage() {
    long stakeholder = stakeholderThroughApi("officer", "Commentator " + UUID.randomUUID());
    Browser browser = new Browser();
    Document form =
        browser.signIn(page("statements/edit.xhtml?stakeholderId=" + stakeholder), "officer");

    Document refused =
        browser.submit(
            form,
            "statement",
            Map.of(
                "statement:date", "2099-01-01",
                "statement:stance", "NEUTRAL",
                "statement:sourceUrl", "ftp://example.org/transcript"),
            "statement:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals(
        "A statement cannot be dated in the future: give the day it was made.",
        messageNextTo(refused, "statement:date"));
    assertEquals(
        "Give the text of the statement, or a summary of it.",
        messageNextTo(refused, "statement:text"));
    assertEquals(
        "Name the publication the statement appeared in.",
        messageNextTo(refused, "statement:publication"));
    assertEquals(
        "Give the full web address, starting with https:// or http://.",
        messageNextTo(refused, "statement:sourceUrl"));
    assertEquals("", messageNextTo(refused, "statement:stance"));

    Document french =
        browser.open(
            page("statements/").resolve(refused.getElementById("language-toggle").attr("href")));
    Document refusedInFrench =
        browser.submit(
            browser.open(page("statements/edit.xhtml?stakeholderId=" + stakeholder)),
            "statement",
            Map.of("statement:date", "2026-01-14", "statement:stance", "NEUTRAL"),
            "statement:save");
    assertEquals("fr", french.selectFirst("html").attr("lang"));
    assertEquals(
        "Indiquez le texte de la déclaration, ou un résumé.",
        messageNextTo(refusedInFrench, "statement:text"));
    assertEquals("Inscrire une déclaration", refusedInFrench.selectFirst("main h1").text());
  }

  @Test
  void aStatementAboveTheUsersClearanceIsNotFoundLikeAMissingOne() {
    String unique = UUID.randomUUID().toString();
    long stakeholder = stakeholderThroughApi("approver", "Source " + unique);
    var said =
        ApiClient.as(deployment, "approver")
            .postJson(
                "statements",
                """
                {"stakeholderId": %d, "date": "2026-01-15", "stance": "CONCERNED",
                 "text": "A word in confidence. %s", "source": {"publication": "Cable"},
                 "classification": "SECRET"}
                """
                    .formatted(stakeholder, unique));
    assertEquals(201, said.statusCode(), said.body());
    long secret = json(said).getJsonNumber("id").longValue();
    Browser browser = new Browser();
    browser.signIn(page("statements/"), "viewer");

    Document hidden = browser.open(page("statements/statement.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    browser.open(page("statements/history.xhtml?id=" + secret));
    assertEquals(404, browser.lastResponse().statusCode());
    // A viewer edits nothing: the form is refused (403) whatever the id, hidden or not.
    browser.open(page("statements/edit.xhtml?id=" + secret));
    assertEquals(403, browser.lastResponse().statusCode());
    browser.open(page("statements/statement.xhtml?id=987654321"));
    assertEquals(404, browser.lastResponse().statusCode());
    Document listed = browser.open(page("statements/?q=" + unique));
    assertEquals("No statements match these filters.", listed.selectFirst("td").text());
  }

  private long stakeholderThroughApi(String account, String name) {
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "stakeholders",
                """
                {"name": "%s", "title": "Premier", "kind": "PROVINCIAL", "jurisdiction": "CA-MB",
                 "classification": "UNCLASSIFIED"}
                """
                    .formatted(name));
    return Records.idOfCreated(response);
  }
}
