package ca.gc.engagement.trademeasure;

import static ca.gc.engagement.support.Pages.buttonNamed;
import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static ca.gc.engagement.support.Pages.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The trade measure pages over real HTTP: the list with its filters, a measure's page (countries,
 * products, rate history, the measures it answers and that answer it, its exemptions, its marking),
 * the form with its product and rate rows (post-redirect-get, messages next to their fields in both
 * languages), a lifecycle step, a later rate, the history, and 404 for what the reader may not see.
 */
class TradeMeasurePagesIT extends AgainstTheBuiltEar {

  private static final String EV_SURTAX = "Surtax on electric vehicles from China";
  private static final String CANOLA_OIL = "Tariff on Canadian canola oil, canola meal and peas";
  private static final String CANOLA_SEED = "Anti-dumping deposit on Canadian canola seed";
  private static final String MEAL_AND_PEAS =
      "Exemption of canola meal and peas from the retaliatory tariff";

  /** The page of a measure the list shows, opened through its link. */
  private Document openFromList(Browser browser, String title) {
    Document list = browser.open(page("trade-measures/"));
    Element row = rowWith(list, title);
    assertNotNull(row, title + " in " + list.select("#list").outerHtml());
    return browser.open(page("trade-measures/").resolve(row.selectFirst("a").attr("href")));
  }

  @Test
  void theListIsFilteredByItsAddress() {
    Browser browser = new Browser();
    Document all = browser.signIn(page("trade-measures/"), "viewer");
    assertEquals("Trade measures", all.selectFirst("main h1").text());
    assertNull(all.getElementById("record"), "a viewer is not offered to record one");

    Document inForce = browser.open(page("trade-measures/?country=CN&status=IN_FORCE"));
    assertNotNull(rowWith(inForce, CANOLA_SEED));
    assertNull(rowWith(inForce, MEAL_AND_PEAS), "a proposed exemption is not in force");
    assertEquals("IN_FORCE", inForce.selectFirst("#filters\\:status option[selected]").val());
    Element seed = rowWith(inForce, CANOLA_SEED);
    assertEquals(List.of("China", "Canada"), seed.select("abbr").eachAttr("title"));
    assertTrue(seed.text().contains("Anti-dumping duty"));
    assertTrue(seed.text().contains("Aug 14, 2025"), seed.text());

    Document seafood = browser.open(page("trade-measures/?sector=SEAFOOD"));
    assertNotNull(rowWith(seafood, "Tariff on Canadian fish and seafood"));
    assertNull(rowWith(seafood, "Surtax on steel products from China"));

    Document none = browser.open(page("trade-measures/?q=no+such+measure+" + UUID.randomUUID()));
    assertEquals("No trade measures match these filters.", none.selectFirst("#list td").text());
  }

  @Test
  void aMeasuresPageShowsItsCountriesProductsRatesLinksAndMarking() {
    Browser browser = new Browser();
    browser.signIn(page("trade-measures/"), "viewer");
    Document oil = openFromList(browser, CANOLA_OIL);

    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Unclassified", oil.selectFirst(".marking-banner").text());
    assertEquals(CANOLA_OIL, oil.selectFirst("main h1").text());
    assertEquals("China", oil.getElementById("imposing").text());
    assertEquals("Canada", oil.getElementById("target").text());
    assertEquals("Tariff", oil.getElementById("type").text());
    assertEquals("In force", oil.getElementById("status").text());
    assertEquals("100 %", oil.getElementById("rate-today").text());
    assertTrue(oil.getElementById("period").text().startsWith("March 20, 2025 –"));
    assertTrue(rows(oil, "product-lines").contains(List.of("Canola meal", "2306.41")));
    assertEquals(4, rows(oil, "product-lines").size());
    assertEquals(List.of(List.of("March 20, 2025", "100", "")), rows(oil, "rate-figures"));
    assertNotNull(oil.selectFirst("#rate-chart canvas"), "a small rate chart");
    assertEquals(EV_SURTAX, oil.getElementById("retaliates-against").text());
    assertTrue(oil.getElementById("exemptions").text().contains(MEAL_AND_PEAS));
    assertNull(oil.getElementById("actions"), "a viewer is offered no change");
    assertNull(oil.getElementById("new-rate"), "nor a rate to record");

    Document ev =
        browser.open(
            page("trade-measures/").resolve(oil.selectFirst("#retaliates-against a").attr("href")));
    assertEquals(EV_SURTAX, ev.selectFirst("main h1").text());
    String answers = ev.getElementById("retaliations").text();
    assertTrue(answers.contains(CANOLA_OIL), answers);
    assertTrue(answers.contains("Tariff on Canadian pork"), answers);
    assertTrue(answers.contains("Tariff on Canadian fish and seafood"), answers);

    Document exemption =
        browser.open(
            page("trade-measures/")
                .resolve(
                    oil.getElementById("exemptions").select("a").stream()
                        .filter(a -> a.text().equals(MEAL_AND_PEAS))
                        .findFirst()
                        .orElseThrow()
                        .attr("href")));
    assertEquals(CANOLA_OIL, exemption.getElementById("exempts-from").text());
    assertEquals("Proposed", exemption.getElementById("status").text());
    assertEquals(
        "This measure states no rate.", exemption.selectFirst("#rates-heading ~ .empty").text());
  }

  @Test
  void recordingAMeasureWithItsRowsThenRevisingMovingAndRatingIt() {
    Browser browser = new Browser();
    String title = "Surtax on solar modules " + UUID.randomUUID().toString().substring(0, 8);
    Document form = browser.signIn(page("trade-measures/edit.xhtml"), "officer");
    assertEquals("Record a trade measure", form.selectFirst("main h1").text());

    Map<String, String> fields = new HashMap<>();
    fields.put("measure:title", title);
    fields.put("measure:imposingCountry", "CA");
    fields.put("measure:targetCountry", "CN");
    fields.put("measure:type", "SURTAX");
    fields.put("measure:productLines:0:description", "Photovoltaic cells");
    fields.put("measure:productLines:0:hsCode", "8541.42");
    fields.put("measure:sectors", "CLEAN_ENERGY");
    fields.put("measure:publication", "Canada Gazette, Part I");
    fields.put("measure:inForceFrom", "2026-07-01");
    fields.put("measure:rates:0:effectiveFrom", "2026-07-01");
    fields.put("measure:rates:0:rate", "25");
    fields.put("measure:rates:0:note", "First year");
    fields.put("measure:classification", "PROTECTED_A");

    Document twoLines = browser.submit(form, "measure", fields, "measure:add-line");
    assertEquals(
        "Photovoltaic cells", twoLines.getElementById("measure:productLines:0:description").val());
    assertEquals("", twoLines.getElementById("measure:productLines:1:description").val());
    assertEquals(
        "Product, line 2",
        twoLines.selectFirst("label[for=measure:productLines:1:description]").text());

    Document recorded =
        browser.submit(
            twoLines,
            "measure",
            Map.of(
                "measure:productLines:1:description", "Solar modules",
                "measure:productLines:1:hsCode", "8541.43",
                "measure:sectors", "CLEAN_ENERGY"),
            "measure:save");

    assertTrue(
        browser.lastResponse().uri().getPath().endsWith("/trade-measures/trade-measure.xhtml"),
        "post-redirect-get: " + browser.lastResponse().uri());
    assertEquals(
        "Trade measure “" + title + "” recorded.", recorded.selectFirst(".notice-info").text());
    assertEquals("Protected A", recorded.selectFirst(".marking-banner").text());
    assertEquals("Proposed", recorded.getElementById("status").text());
    assertEquals(
        List.of(List.of("Photovoltaic cells", "8541.42"), List.of("Solar modules", "8541.43")),
        rows(recorded, "product-lines"));
    assertEquals(
        List.of(List.of("July 1, 2026", "25", "First year")), rows(recorded, "rate-figures"));
    String id = browser.lastResponse().uri().getQuery().replace("id=", "");

    Document edit = browser.open(page("trade-measures/edit.xhtml?id=" + id));
    assertEquals("Solar modules", edit.getElementById("measure:productLines:1:description").val());
    assertEquals("25", edit.getElementById("measure:rates:0:rate").val());
    Document revised =
        browser.submit(
            edit,
            "measure",
            Map.of("measure:inForceUntil", "2027-06-30", "measure:sectors", "CLEAN_ENERGY"),
            "measure:save");
    assertEquals(
        "Trade measure “" + title + "” saved.", revised.selectFirst(".notice-info").text());
    assertTrue(revised.getElementById("period").text().endsWith("June 30, 2027"));

    Document inForce =
        browser.submit(revised, "actions", Map.of(), buttonNamed(revised, "Put in force"));
    assertEquals("In force", inForce.getElementById("status").text());
    assertEquals("Trade measure now In force.", inForce.selectFirst(".notice-info").text());

    Document rated =
        browser.submit(
            inForce,
            "new-rate",
            Map.of(
                "new-rate:effectiveFrom", "2027-01-01",
                "new-rate:rate", "12.5",
                "new-rate:note", "Second half"),
            "new-rate:add-rate");
    assertEquals(
        "Rate recorded; the earlier rates stay in the history.",
        rated.selectFirst(".notice-info").text());
    assertEquals(
        List.of(
            List.of("July 1, 2026", "25", "First year"),
            List.of("January 1, 2027", "12.5", "Second half")),
        rows(rated, "rate-figures"));

    Document outside =
        browser.submit(
            rated,
            "new-rate",
            Map.of("new-rate:effectiveFrom", "2028-01-01", "new-rate:rate", "5"),
            "new-rate:add-rate");
    assertTrue(
        messageNextTo(outside, "new-rate:effectiveFrom").contains("is outside it"),
        outside.select("#new-rate").outerHtml());

    Document french = browser.open(page("trade-measures/trade-measure.xhtml?lang=fr&id=" + id));
    Document dehors =
        browser.submit(
            french,
            "new-rate",
            Map.of("new-rate:effectiveFrom", "2028-01-01", "new-rate:rate", "5"),
            "new-rate:add-rate");
    assertEquals(
        "Un taux prend effet pendant la période de la mesure (du 2026-07-01 au 2027-06-30); le"
            + " 2028-01-01 est en dehors de cette période.",
        messageNextTo(dehors, "new-rate:effectiveFrom"));
    Document doublon =
        browser.submit(
            dehors,
            "new-rate",
            Map.of("new-rate:effectiveFrom", "2027-01-01", "new-rate:rate", "10"),
            "new-rate:add-rate");
    assertEquals(
        "Un taux de 12,5 % est déjà consigné à compter du 2027-01-01. Pour le corriger, révisez la"
            + " mesure.",
        messageNextTo(doublon, "new-rate:effectiveFrom"));
    browser.open(page("trade-measures/trade-measure.xhtml?lang=en&id=" + id));

    Document history = browser.open(page("trade-measures/history.xhtml?id=" + id));
    var entries = history.select("#history tbody tr");
    assertEquals(4, entries.size(), history.select("#history").outerHtml());
    assertTrue(entries.get(0).text().contains("officer"));
    assertTrue(entries.get(0).text().contains("Created"));
    assertTrue(entries.get(1).text().contains("Last day in force"), entries.get(1).text());
    assertTrue(entries.get(2).text().contains("Status"), entries.get(2).text());
    assertTrue(entries.get(3).text().contains("Rate history"), entries.get(3).text());
  }

  @Test
  void messagesStandNextToTheirFieldsInEnglishAndInFrench() {
    Browser browser = new Browser();
    Document form = browser.signIn(page("trade-measures/edit.xhtml"), "officer");
    Map<String, String> invalid =
        Map.of(
            "measure:title", "",
            "measure:imposingCountry", "CN",
            "measure:targetCountry", "CA",
            "measure:type", "TARIFF",
            "measure:productLines:0:description", "Canola seed",
            "measure:productLines:0:hsCode", "12.3",
            "measure:sectors", "CANOLA",
            "measure:publication", "Announcement",
            "measure:inForceFrom", "2026-02-01",
            "measure:classification", "UNCLASSIFIED");

    Document refused = browser.submit(form, "measure", invalid, "measure:save");
    assertEquals(200, browser.lastResponse().statusCode());
    assertEquals("Give the measure a title.", messageNextTo(refused, "measure:title"));
    assertTrue(
        refused.select("fieldset .field-error").text().startsWith("Write the HS code"),
        "next to the product lines: " + refused.select("fieldset").outerHtml());
    assertEquals("12.3", refused.getElementById("measure:productLines:0:hsCode").val(), "kept");

    Document french = browser.open(page("trade-measures/edit.xhtml?lang=fr"));
    assertEquals("Consigner une mesure commerciale", french.selectFirst("main h1").text());
    Document refuse = browser.submit(french, "measure", invalid, "measure:save");
    assertEquals("Donnez un titre à la mesure.", messageNextTo(refuse, "measure:title"));
    assertTrue(
        refuse.select("fieldset .field-error").text().startsWith("Écrivez le code SH"),
        refuse.select("fieldset").outerHtml());
  }

  @Test
  void aMeasureAboveTheReadersClearanceIsNotFoundLikeAMissingOne() {
    var created =
        ApiClient.as(deployment, "approver")
            .postJson(
                "trade-measures",
                """
                {"title": "Closed-door quota %s", "imposingCountry": "CA", "targetCountry": "CN",
                 "type": "QUOTA", "productLines": [{"description": "Steel", "hsCode": "72"}],
                 "source": {"publication": "Cabinet minute"}, "inForceFrom": "2026-03-01",
                 "classification": "SECRET"}
                """
                    .formatted(UUID.randomUUID()));
    assertEquals(201, created.statusCode(), created.body());
    long secret = Answers.json(created).getJsonNumber("id").longValue();

    Browser viewer = new Browser();
    viewer.signIn(page("trade-measures/"), "viewer");
    Document hidden = viewer.open(page("trade-measures/trade-measure.xhtml?id=" + secret));
    assertEquals(404, viewer.lastResponse().statusCode());
    assertEquals("Page not found", hidden.selectFirst("main h1").text());
    assertTrue(hidden.select(".marking-banner").isEmpty());
    viewer.open(page("trade-measures/history.xhtml?id=" + secret));
    assertEquals(404, viewer.lastResponse().statusCode());
    viewer.open(page("trade-measures/trade-measure.xhtml?id=987654321"));
    assertEquals(404, viewer.lastResponse().statusCode());

    Browser approver = new Browser();
    Document shown =
        approver.signIn(page("trade-measures/trade-measure.xhtml?id=" + secret), "approver");
    assertEquals(200, approver.lastResponse().statusCode());
    assertEquals("Secret", shown.selectFirst(".marking-banner").text());
  }
}
