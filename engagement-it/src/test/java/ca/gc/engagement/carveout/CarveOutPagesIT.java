package ca.gc.engagement.carveout;

import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Browser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The carve-out pages over real HTTP: everyone reads the list and a carve-out's rule; only
 * administrators declare, edit and retire (an officer sees no such action and is refused the form);
 * the history of a carve-out.
 */
class CarveOutPagesIT extends AgainstTheBuiltEar {

  @Test
  void everyoneReadsTheListAndTheRuleOfACarveOut() {
    Browser viewer = new Browser();
    Document list = viewer.signIn(page("carve-outs/"), "viewer");
    assertNotNull(rowWith(list, "National security"));
    assertNull(list.getElementById("declare"), "declaring is for administrators");

    Document arcticOnly = viewer.open(page("carve-outs/?sector=ARCTIC&country=CN"));
    Element row = rowWith(arcticOnly, "ARCTIC");
    assertEquals(
        List.of("ARCTIC", "Arctic", "Prohibits", "CN", "Jan 1, 2026", "Active", "Unclassified"),
        row.select("td").eachText(),
        "no last day in effect: that cell is empty");
    assertNull(rowWith(arcticOnly, "National security"));

    Document arctic = viewer.open(page("carve-outs/").resolve(row.selectFirst("a").attr("href")));
    assertEquals("Unclassified", arctic.selectFirst(".marking-banner").text());
    assertEquals("Arctic", arctic.selectFirst("main h1").text());
    assertEquals("ARCTIC", arctic.getElementById("code").text());
    assertEquals(
        "Prohibits — an agreement it touches is refused", arctic.getElementById("mode").text());
    assertEquals("China", arctic.getElementById("countries").text());
    assertEquals("from January 1, 2026 (no end date)", arctic.getElementById("effective").text());
    assertEquals(List.of("Arctic (ARCTIC)"), arctic.select("#sectors li").eachText());
    assertTrue(
        arctic
            .select("#regions li")
            .eachText()
            .containsAll(
                List.of("Nunavut (CA-NU)", "Arctic shipping routes (ARCTIC_SHIPPING_ROUTES)")),
        arctic.select("#regions").text());
    assertTrue(arctic.select("#keywords li").eachText().contains("icebreaker"));
    assertNull(arctic.getElementById("actions"), "no admin action for a viewer");
    assertNotNull(arctic.getElementById("history-link"));
  }

  @Test
  void anOfficerSeesNoAdminActionAndIsRefusedTheForm() {
    Browser officer = new Browser();
    Document list = officer.signIn(page("carve-outs/"), "officer");
    assertNull(list.getElementById("declare"));
    Element link = rowWith(list, "National security").selectFirst("a");
    Document record = officer.open(page("carve-outs/").resolve(link.attr("href")));
    assertNull(record.getElementById("actions"));

    Document declare = officer.open(page("carve-outs/edit.xhtml"));
    assertEquals(403, officer.lastResponse().statusCode());
    assertEquals("Not allowed", declare.selectFirst("main h1").text());
    assertTrue(declare.select("form#carveOut").isEmpty());
    String id = link.attr("href").replaceAll(".*id=", "");
    officer.open(page("carve-outs/edit.xhtml?id=" + id));
    assertEquals(403, officer.lastResponse().statusCode());
  }

  @Test
  void anAdministratorDeclaresEditsAndRetiresACarveOut() {
    Browser admin = new Browser();
    Document form = admin.signIn(page("carve-outs/edit.xhtml"), "admin");
    String code =
        "CAPELIN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    Document invalid =
        admin.submit(
            form,
            "carveOut",
            Map.of(
                "carveOut:code", code,
                "carveOut:name", "",
                "carveOut:rationale", "Capelin stocks are weighed case by case.",
                "carveOut:policyBasis", "Fisheries Act",
                "carveOut:effectiveFrom", "2030-01-01",
                "carveOut:mode", "REVIEW"),
            "carveOut:save");
    assertEquals("Give the carve-out a name.", messageNextTo(invalid, "carveOut:name"));
    assertEquals(
        "Name at least one sector, region or keyword the carve-out covers.",
        messageNextTo(invalid, "carveOut:sectors"));

    Document taken =
        admin.submit(
            invalid,
            "carveOut",
            Map.of(
                "carveOut:code",
                "ARCTIC",
                "carveOut:name",
                "Arctic again",
                "carveOut:keywords",
                "capelin"),
            "carveOut:save");
    assertEquals(
        "The code ARCTIC is already used by a carve-out. Choose another code.",
        messageNextTo(taken, "carveOut:code"));

    Document declared =
        admin.submit(
            taken,
            "carveOut",
            Map.of(
                "carveOut:code",
                code,
                "carveOut:name",
                "Capelin",
                "carveOut:sectors",
                List.of("SEAFOOD"),
                "carveOut:keywords",
                "capelin\n\nCapelin roe",
                "carveOut:countries",
                List.of("IS")),
            "carveOut:save");
    assertTrue(admin.lastResponse().uri().getPath().endsWith("/carve-outs/carve-out.xhtml"));
    assertEquals("Carve-out “Capelin” declared.", declared.selectFirst(".notice-info").text());
    assertEquals(code, declared.getElementById("code").text());
    assertEquals(
        "Review — an agreement it touches needs an approver’s exemption before signature",
        declared.getElementById("mode").text());
    assertEquals("Iceland", declared.getElementById("countries").text());
    assertEquals(List.of("Fish and seafood (SEAFOOD)"), declared.select("#sectors li").eachText());
    assertEquals(List.of("capelin", "Capelin roe"), declared.select("#keywords li").eachText());
    assertEquals("Active", declared.getElementById("status").text());

    String id = admin.lastResponse().uri().getQuery().replace("id=", "");
    Document edit = admin.open(page("carve-outs/edit.xhtml?id=" + id));
    assertTrue(edit.getElementById("carveOut:code").hasAttr("readonly"), "the code is fixed");
    assertEquals(
        List.of("SEAFOOD"), edit.select("#carveOut\\:sectors input[checked]").eachAttr("value"));
    Document saved =
        admin.submit(edit, "carveOut", Map.of("carveOut:name", "Capelin stocks"), "carveOut:save");
    assertEquals("Capelin stocks", saved.selectFirst("main h1").text());
    assertEquals(List.of("capelin", "Capelin roe"), saved.select("#keywords li").eachText());

    Document retired = admin.submit(saved, "actions", Map.of(), "actions:retire");
    assertEquals("Retired", retired.getElementById("status").text());
    assertEquals(
        "Carve-out “Capelin stocks” retired; it stays on file.",
        retired.selectFirst(".notice-info").text());
    assertNull(retired.getElementById("actions:retire"), "retired for good");

    Document history = admin.open(page("carve-outs/history.xhtml?id=" + id));
    var rows = history.select("#history tbody tr");
    assertEquals(3, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("admin") && rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().endsWith("Name"), rows.get(1).text());
    assertTrue(rows.get(2).text().endsWith("Status"), rows.get(2).text());
  }
}
