package ca.gc.engagement.agreement;

import static ca.gc.engagement.support.Answers.json;
import static ca.gc.engagement.support.Answers.total;
import static ca.gc.engagement.support.Pages.buttonNamed;
import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static ca.gc.engagement.support.Pages.updateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import ca.gc.engagement.support.Records;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The agreement pages over real HTTP: the list with its verdicts and filters, an Arctic proposal
 * refused with the carve-out named and nothing stored, the live verdict of the form (its partial
 * Ajax request, as the page's script sends it), an allowed agreement moved through its lifecycle
 * with the buttons each role is offered, an approver's exemption, the history, and 404 for what the
 * reader may not see.
 */
class AgreementPagesIT extends AgainstTheBuiltEar {

  private static final String ARRANGEMENT =
      "Preliminary trade arrangement: electric-vehicle quota and agricultural tariff relief";
  private static final String VISIT = "Prime Minister's visit to the People's Republic of China";

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theListShowsEachAgreementsVerdictAndIsFilteredByItsAddress() {
    Browser browser = new Browser();
    browser.signIn(page("agreements/"), "viewer");

    Document signed = browser.open(page("agreements/?status=SIGNED&country=CN&sector=AGRI_FOOD"));
    Element row = rowWith(signed, ARRANGEMENT);
    assertNotNull(row, signed.select("main").outerHtml());
    var cells = row.select("td");
    assertEquals("CA, CN", cells.get(1).text());
    assertEquals("Signed", cells.get(3).text());
    assertEquals("Clear", cells.get(4).text());
    assertEquals("Unclassified", cells.get(5).text());
    assertEquals("AGRI_FOOD", signed.selectFirst("#filters\\:sector option[selected]").val());
    assertNull(signed.getElementById("propose"), "a viewer is offered no proposal");

    Document none = browser.open(page("agreements/?status=WITHDRAWN&q=" + unique()));
    assertEquals("No agreements match these filters.", none.selectFirst("td").text());

    Document unknownSector = browser.open(page("agreements/?sector=NO_SUCH_SECTOR"));
    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals(
        "There is no sector NO_SUCH_SECTOR. Choose a sector from the list, for example AGRI_FOOD.",
        unknownSector.selectFirst("#notices .notice-error").text());
    assertTrue(unknownSector.select("#list").isEmpty(), "no table for criteria the search refuses");
  }

  @Test
  void anArcticShippingAgreementIsRefusedWithTheCarveOutNamedAndNothingStored() {
    Browser browser = new Browser();
    String title = "Arctic shipping co-operation " + unique();
    Document form = browser.signIn(page("agreements/edit.xhtml"), "officer");

    Document refused =
        browser.submit(
            form,
            "agreement",
            Map.of(
                "agreement:title",
                title,
                "agreement:parties",
                List.of("CA", "CN"),
                "agreement:sectors",
                List.of("CLEAN_ENERGY"),
                "agreement:regions",
                List.of("ARCTIC_SHIPPING_ROUTES"),
                "agreement:summary",
                "Joint use of the shipping routes of the far north.",
                "agreement:classification",
                "UNCLASSIFIED"),
            "agreement:save");

    assertEquals(200, browser.lastResponse().statusCode());
    assertTrue(
        browser.lastResponse().uri().getPath().endsWith("/agreements/edit.xhtml"),
        "the officer stays on the form");
    assertEquals(
        "Not saved: this agreement touches carve-outs that prohibit it (Arctic). Nothing was"
            + " stored; the fields concerned are marked below.",
        refused.selectFirst("#notices .notice-error").text());
    assertEquals(
        "This touches a carve-out that prohibits it: ARCTIC_SHIPPING_ROUTES",
        messageNextTo(refused, "agreement:regions"));
    assertEquals(
        "This touches a carve-out that prohibits it: Arctic",
        messageNextTo(refused, "agreement:title"));
    assertEquals("", messageNextTo(refused, "agreement:sectors"), "clean energy is not the matter");
    assertEquals(title, refused.getElementById("agreement:title").val(), "the input is kept");

    Element panel = refused.getElementById("agreement:screening");
    assertEquals("Prohibited", panel.selectFirst(".verdict-value").text());
    Element region = rowWith(refused, "Arctic shipping routes (ARCTIC_SHIPPING_ROUTES)");
    assertEquals(
        List.of(
            "Arctic (ARCTIC)",
            "Prohibits",
            "Region",
            "Arctic shipping routes (ARCTIC_SHIPPING_ROUTES)",
            "The carve-out “Arctic” covers the region Arctic shipping routes"
                + " (ARCTIC_SHIPPING_ROUTES)."),
        region.select("td").eachText());
    Element keyword = rowWith(refused, "Keyword in the text");
    assertEquals(
        "The text mentions “Arctic”, a keyword of the carve-out “Arctic”.",
        keyword.select("td").last().text());

    var officer = ApiClient.as(deployment, "officer");
    assertEquals(
        0,
        total(officer.get("agreements?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))),
        "nothing was stored");
  }

  @Test
  void theVerdictFollowsWhatTheOfficerTypesThroughTheFormsAjaxRequest() {
    Browser browser = new Browser();
    Document form = browser.signIn(page("agreements/edit.xhtml"), "officer");
    Element live = form.getElementById("agreement:screening").parent();
    assertEquals("polite", live.attr("aria-live"), "the verdict is announced");
    assertTrue(
        form.getElementById("agreement:title").attr("onkeyup").contains("agreement:screening"),
        "typing the title updates the verdict: " + form.getElementById("agreement:title"));
    assertEquals(
        "The verdict appears here as you type the title and summary and choose sectors and"
            + " regions.",
        form.getElementById("agreement:screening").text());

    Document prohibited =
        updateOf(
            browser.ajax(
                form,
                "agreement",
                Map.of(
                    "agreement:title",
                    "Research stations in Nunavut",
                    "agreement:parties",
                    List.of("CA", "CN")),
                "agreement:title",
                "keyup",
                "agreement",
                "agreement:screening"),
            "agreement:screening");
    assertEquals("Prohibited", prohibited.selectFirst(".verdict-value").text());
    assertEquals(
        List.of(
            "Arctic (ARCTIC)",
            "Prohibits",
            "Keyword in the text",
            "Nunavut",
            "The text mentions “Nunavut”, a keyword of the carve-out “Arctic”."),
        rowWith(prohibited, "Nunavut").select("td").eachText());

    Document clear =
        updateOf(
            browser.ajax(
                form,
                "agreement",
                Map.of(
                    "agreement:title",
                    "Canola tariff relief",
                    "agreement:parties",
                    List.of("CA", "CN"),
                    "agreement:sectors",
                    List.of("CANOLA")),
                "agreement:title",
                "keyup",
                "agreement",
                "agreement:screening"),
            "agreement:screening");
    assertEquals("Clear", clear.selectFirst(".verdict-value").text());
    assertTrue(clear.select("table").isEmpty(), "no match to list");

    Document critical =
        updateOf(
            browser.ajax(
                form,
                "agreement",
                Map.of(
                    "agreement:title",
                    "Mining co-operation",
                    "agreement:parties",
                    List.of("CA", "CN"),
                    "agreement:sectors",
                    List.of("CRITICAL_MINERALS")),
                "agreement:title",
                "keyup",
                "agreement",
                "agreement:screening"),
            "agreement:screening");
    assertEquals(
        "Critical minerals (CRITICAL_MINERALS) is within National security (NATIONAL_SECURITY),"
            + " which the carve-out “National security” covers.",
        rowWith(critical, "Critical minerals").select("td").last().text());

    assertEquals(
        0,
        total(ApiClient.as(deployment, "officer").get("agreements?q=Research%20stations")),
        "screening stores nothing");
  }

  @Test
  void anAllowedAgreementMovesThroughItsLifecycleWithTheButtonsEachRoleIsOffered() {
    long visit = visitId();
    Browser officer = new Browser();
    officer.signIn(page("missions/"), "officer");
    Document mission = officer.open(page("missions/mission.xhtml?id=" + visit));
    Element propose = mission.getElementById("actions:propose-agreement");
    assertEquals("Propose an agreement", propose.text());

    Document form = officer.open(page("missions/").resolve(propose.attr("href")));
    assertEquals(
        String.valueOf(visit),
        form.selectFirst("#agreement\\:missionId option[selected]").val(),
        "the mission is preset");
    assertEquals(
        List.of("CA", "CN"),
        form.select("#agreement\\:parties option[selected]").eachAttr("value"),
        "Canada and the mission's counterpart");

    String title = "Clean energy co-operation " + unique();
    Document proposed =
        officer.submit(
            form,
            "agreement",
            Map.of(
                "agreement:title",
                title,
                "agreement:sectors",
                List.of("CLEAN_ENERGY"),
                "agreement:summary",
                "Wind and solar projects in both countries."),
            "agreement:save");

    assertTrue(officer.lastResponse().uri().getPath().endsWith("/agreements/agreement.xhtml"));
    String id = officer.lastResponse().uri().getQuery().replace("id=", "");
    assertEquals(
        "Agreement “" + title + "” proposed.", proposed.selectFirst(".notice-info").text());
    assertEquals("Unclassified", proposed.selectFirst(".marking-banner").text());
    assertEquals(title, proposed.selectFirst("main h1").text());
    assertEquals("Proposed", proposed.getElementById("status").text());
    assertEquals("Canada, China", proposed.getElementById("parties").text());
    assertEquals(VISIT, proposed.getElementById("mission").text());
    assertEquals("Clean energy (CLEAN_ENERGY)", proposed.getElementById("sectors").text());
    assertEquals("Clear", proposed.selectFirst("#screening .verdict-value").text());
    assertNotNull(proposed.getElementById("no-steps"));
    assertNull(proposed.selectFirst("input[value=Record the signature]"), "not an officer's step");
    assertNull(proposed.getElementById("exemption"), "nothing to exempt, and not an officer's");

    Document edit =
        officer.open(page("agreements/").resolve(proposed.getElementById("edit").attr("href")));
    assertEquals(title, edit.getElementById("agreement:title").val());
    assertEquals(
        List.of("CLEAN_ENERGY"),
        edit.select("#agreement\\:sectors input[checked]").eachAttr("value"));
    assertEquals(
        "Clear",
        edit.selectFirst("#agreement\\:screening .verdict-value").text(),
        "the verdict of the agreement as it stands");
    Document revised =
        officer.submit(
            edit,
            "agreement",
            Map.of("agreement:summary", "Wind, solar and hydro projects in both countries."),
            "agreement:save");
    assertEquals("Agreement “" + title + "” saved.", revised.selectFirst(".notice-info").text());
    assertEquals(
        "Wind, solar and hydro projects in both countries.",
        revised.getElementById("summary").text());

    Document noDate =
        officer.submit(
            revised, "steps", Map.of("steps:on", ""), buttonNamed(revised, "Open negotiations"));
    assertEquals("Give the date the step takes effect.", messageNextTo(noDate, "steps:on"));

    Document negotiating =
        officer.submit(
            noDate,
            "steps",
            Map.of("steps:on", "2026-02-02", "steps:justification", "Talks opened in Beijing."),
            buttonNamed(noDate, "Open negotiations"));
    assertEquals("Under negotiation", negotiating.getElementById("status").text());
    assertEquals(
        "Agreement now Under negotiation.", negotiating.selectFirst(".notice-info").text());
    assertEquals(
        List.of("February 2, 2026", "Proposed → Under negotiation", "officer"),
        negotiating.select("#lifecycle tbody tr td").eachText().subList(0, 3));
    assertEquals(
        "Talks opened in Beijing.", negotiating.select("#lifecycle tbody tr td").last().text());
    assertNull(
        negotiating.selectFirst("input[value=Record the signature]"), "signing is for approvers");
    assertNotNull(negotiating.selectFirst("input[value=Withdraw]"));

    Browser approver = new Browser();
    Document toSign = approver.signIn(page("agreements/agreement.xhtml?id=" + id), "approver");
    Document signed =
        approver.submit(
            toSign,
            "steps",
            Map.of("steps:on", "2026-03-16", "steps:justification", "Signed in Ottawa."),
            buttonNamed(toSign, "Record the signature"));
    assertEquals("Signed", signed.getElementById("status").text());
    assertNull(signed.getElementById("edit"), "a signed agreement's content is fixed");
    Document inForce =
        approver.submit(
            signed,
            "steps",
            Map.of("steps:on", "2026-04-01"),
            buttonNamed(signed, "Bring into force"));
    assertEquals("In force", inForce.getElementById("status").text());
    assertEquals(
        List.of("approver", "approver"),
        inForce.select("#lifecycle tbody tr td:eq(2)").eachText().subList(1, 3));

    Document history = officer.open(page("agreements/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(5, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("officer") && rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().endsWith("Summary"), rows.get(1).text());
    assertTrue(rows.get(2).text().contains("Status"), rows.get(2).text());
    assertTrue(rows.get(2).text().contains("Lifecycle steps"), rows.get(2).text());
    assertTrue(rows.get(4).text().contains("approver"), rows.get(4).text());
  }

  @Test
  void anApproverRecordsAnExemptionBeforeTheSignatureOfAnAgreementUnderReview() {
    String word = "Kelpx" + unique().replaceAll("[^a-z]", "q");
    String carveOut = declareReviewCarveOut(word);
    long id = proposeThroughApi("Kelp farming: " + word, "[\"CA\", \"NO\"]", "UNCLASSIFIED");

    Browser officer = new Browser();
    Document asOfficer = officer.signIn(page("agreements/agreement.xhtml?id=" + id), "officer");
    assertEquals("Review", asOfficer.selectFirst("#screening .verdict-value").text());
    assertEquals(
        List.of(
            "Cold-water kelp (" + carveOut + ")",
            "Review",
            "Keyword in the text",
            word,
            "The text mentions “" + word + "”, a keyword of the carve-out “Cold-water kelp”."),
        rowWith(asOfficer, "Keyword in the text").select("td").eachText());
    assertNull(asOfficer.getElementById("exemption"), "exemptions are for approvers");
    Document negotiating =
        officer.submit(asOfficer, "steps", Map.of(), buttonNamed(asOfficer, "Open negotiations"));
    assertEquals("Under negotiation", negotiating.getElementById("status").text());

    Browser approver = new Browser();
    Document review = approver.signIn(page("agreements/agreement.xhtml?id=" + id), "approver");
    assertNull(review.selectFirst("input[value=Record the signature]"), "not before an exemption");
    assertEquals("Record an exemption", review.getElementById("exemption-heading").text());

    Document unexplained =
        approver.submit(
            review, "exemption", Map.of("exemption:justification", " "), "exemption:exempt");
    assertEquals(
        "Say why the agreement may go ahead despite the carve-out.",
        messageNextTo(unexplained, "exemption:justification"));

    Document exempted =
        approver.submit(
            unexplained,
            "exemption",
            Map.of("exemption:justification", "Farmed kelp raises no stock concern."),
            "exemption:exempt");
    assertEquals(
        "Exemption recorded: the agreement may go on to signature.",
        exempted.selectFirst(".notice-info").text());
    assertTrue(
        exempted
            .getElementById("exemption-recorded")
            .text()
            .startsWith("Exemption recorded by approver on"),
        exempted.getElementById("exemption-recorded").text());
    assertTrue(
        exempted
            .getElementById("exemption-recorded")
            .text()
            .endsWith("Farmed kelp raises no stock concern."));
    Document signed =
        approver.submit(exempted, "steps", Map.of(), buttonNamed(exempted, "Record the signature"));
    assertEquals("Signed", signed.getElementById("status").text());

    Document history = approver.open(page("agreements/history.xhtml?id=" + id));
    assertNotNull(rowWith(history, "Exemption"), history.select("#history").outerHtml());
  }

  @Test
  void anAgreementAboveTheReadersClearanceIsNotFoundLikeAMissingOne() {
    long secret =
        proposeThroughApi("Closed-door arrangement " + unique(), "[\"CA\", \"JP\"]", "SECRET");
    Browser officer = new Browser();
    officer.signIn(page("agreements/"), "officer");

    Document hidden = officer.open(page("agreements/agreement.xhtml?id=" + secret));
    assertEquals(404, officer.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    officer.open(page("agreements/history.xhtml?id=" + secret));
    assertEquals(404, officer.lastResponse().statusCode());
    officer.open(page("agreements/edit.xhtml?id=" + secret));
    assertEquals(404, officer.lastResponse().statusCode());
    officer.open(page("agreements/agreement.xhtml?id=987654321"));
    assertEquals(404, officer.lastResponse().statusCode());

    Browser approver = new Browser();
    Document visible = approver.signIn(page("agreements/agreement.xhtml?id=" + secret), "approver");
    assertEquals("Secret", visible.selectFirst(".marking-banner").text());
  }

  @Test
  void aViewerReadsAnAgreementWithoutAnyAction() {
    Browser viewer = new Browser();
    viewer.signIn(page("agreements/"), "viewer");
    Element link =
        rowWith(viewer.open(page("agreements/?status=SIGNED")), ARRANGEMENT).selectFirst("a");
    Document arrangement = viewer.open(page("agreements/").resolve(link.attr("href")));

    assertEquals("Unclassified", arrangement.selectFirst(".marking-banner").text());
    assertEquals("Signed", arrangement.getElementById("status").text());
    assertEquals(VISIT, arrangement.getElementById("mission").text());
    assertEquals(
        "Bilateral meeting with President Xi Jinping",
        arrangement.getElementById("meeting").text());
    assertEquals(2, arrangement.select("#lifecycle tbody tr").size());
    assertEquals(
        "January 16, 2026",
        arrangement.select("#lifecycle tbody tr").get(1).selectFirst("td").text());
    assertNull(arrangement.getElementById("actions"), "a viewer is offered no change");
    assertNull(arrangement.getElementById("exemption"));
    assertNotNull(arrangement.getElementById("history-link"));
  }

  @Test
  void theFormSpeaksFrenchToo() {
    Browser browser = new Browser();
    Document english = browser.signIn(page("agreements/edit.xhtml"), "officer");
    Document french =
        browser.open(
            page("agreements/edit.xhtml")
                .resolve(english.getElementById("language-toggle").attr("href")));
    assertEquals("Proposer un accord", french.selectFirst("main h1").text());

    Document refused =
        browser.submit(
            french,
            "agreement",
            Map.of(
                "agreement:title", "",
                "agreement:parties", List.of("CA", "CN"),
                "agreement:regions", List.of("CA-NU")),
            "agreement:save");
    assertEquals("Donnez un titre à l’accord.", messageNextTo(refused, "agreement:title"));

    Document arctic =
        browser.submit(
            refused,
            "agreement",
            Map.of(
                "agreement:title", "Stations de recherche " + unique(),
                "agreement:parties", List.of("CA", "CN"),
                "agreement:regions", List.of("CA-NU")),
            "agreement:save");
    assertTrue(
        arctic.selectFirst("#notices .notice-error").text().startsWith("Non enregistré"),
        arctic.select("#notices").outerHtml());
    assertEquals("Interdit", arctic.selectFirst("#agreement\\:screening .verdict-value").text());
    assertEquals(
        "L’exclusion « Arctic » vise la région Nunavut (CA-NU).",
        rowWith(arctic, "CA-NU").select("td").last().text());
  }

  private long visitId() {
    var found =
        json(
            ApiClient.as(deployment, "viewer")
                .get("missions?q=Prime%20Minister&country=CN&status=COMPLETED"));
    return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private long proposeThroughApi(String title, String parties, String classification) {
    var account = "SECRET".equals(classification) ? "approver" : "officer";
    var response =
        ApiClient.as(deployment, account)
            .postJson(
                "agreements",
                """
                {"title": "%s", "parties": %s, "sectors": [], "regions": [],
                 "summary": "Proposed for the page tests.", "classification": "%s"}
                """
                    .formatted(title, parties, classification));
    return Records.idOfCreated(response);
  }

  /** A carve-out calling for review of agreements with Norway that mention {@code word}. */
  private String declareReviewCarveOut(String word) {
    String code = "KELP_" + unique().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
    var response =
        ApiClient.as(deployment, "admin")
            .postJson(
                "carve-outs",
                """
                {"code": "%s", "name": "Cold-water kelp",
                 "rationale": "Kelp beds are weighed case by case.",
                 "policyBasis": "Fisheries Act", "sectors": [], "regions": [],
                 "keywords": ["%s"], "countries": ["NO"],
                 "effectiveFrom": "2026-01-01", "mode": "REVIEW", "classification": "UNCLASSIFIED"}
                """
                    .formatted(code, word));
    assertEquals(201, response.statusCode(), response.body());
    return code;
  }

  /**
   * An agreement that a SECRET carve-out (REVIEW, on a keyword of its own, for Andorra) matches,
   * proposed by an officer (Protected B): the officer's page says it is held for review by a
   * cleared approver, names no carve-out and offers no step forward; the approver and the
   * administrator (Secret) see the carve-out and are offered the exemption. (An approver cleared
   * below a carve-out, whom the demo accounts lack, is AgreementServiceTest's.)
   */
  @Test
  void anAgreementACarveOutAboveTheReaderMatchesIsShownHeldForAClearedApprover() {
    String keyword = "zephyrine" + unique();
    var admin = ApiClient.as(deployment, "admin");
    var declared =
        admin.postJson(
            "carve-outs",
            """
            {"code": "%s", "name": "Classified %s", "rationale": "Classified.",
             "policyBasis": "Classified.", "sectors": [], "regions": [], "keywords": ["%s"],
             "countries": ["AD"], "effectiveFrom": "2026-01-01", "mode": "REVIEW",
             "classification": "SECRET"}
            """
                .formatted(keyword.toUpperCase(Locale.ROOT), keyword, keyword));
    assertEquals(201, declared.statusCode(), declared.body());
    var proposed =
        ApiClient.as(deployment, "officer")
            .postJson(
                "agreements",
                """
                {"title": "Arrangement on %s trade", "parties": ["CA", "AD"], "sectors": [],
                 "classification": "PROTECTED_B"}
                """
                    .formatted(keyword));
    assertEquals(201, proposed.statusCode(), proposed.body());
    long id = json(proposed).getJsonNumber("id").longValue();
    URI record = page("agreements/agreement.xhtml?id=" + id);

    for (String account : List.of("officer")) {
      Browser browser = new Browser();
      browser.signIn(record, account);
      Document held = browser.open(record);
      String screening = held.getElementById("screening").text();
      assertTrue(
          screening.contains("Held for review by a cleared approver"), account + ": " + screening);
      assertTrue(!screening.contains(keyword.toUpperCase(Locale.ROOT)), account + ": " + screening);
      assertNull(held.selectFirst("[id$=to-UNDER_NEGOTIATION]"), account + ": no step forward");
      assertNotNull(held.selectFirst("[id$=to-WITHDRAWN]"), account + ": withdrawing it is open");
    }

    for (String account : List.of("approver", "admin")) {
      Browser cleared = new Browser();
      cleared.signIn(record, account);
      Document seen = cleared.open(record);
      assertTrue(
          seen.getElementById("screening").text().contains(keyword.toUpperCase(Locale.ROOT)),
          account);
      assertNull(seen.getElementById("screening-held"), account);
      assertNotNull(seen.getElementById("exemption"), account + " may exempt it");
    }
  }
}
