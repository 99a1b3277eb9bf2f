package ca.gc.engagement.sector;

import static ca.gc.engagement.support.Pages.messageNextTo;
import static ca.gc.engagement.support.Pages.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * The sector tree over real HTTP: everyone reads it, each sector under its parent with its names in
 * both languages; administrators add a sector within another and rename one (an officer sees no
 * such action and is refused the form); each sector's history.
 */
class SectorPagesIT extends AgainstTheBuiltEar {

  @Test
  void theTreeShowsEachSectorUnderItsParentInBothLanguages() {
    Browser viewer = new Browser();
    Document tree = viewer.signIn(page("sectors/"), "viewer");

    List<String> codes = tree.select("#sectors tbody tr td:eq(0)").eachText();
    int agriFood = codes.indexOf("AGRI_FOOD");
    assertTrue(agriFood >= 0, codes.toString());
    assertEquals("CANOLA", codes.get(agriFood + 1), "its sectors follow it: " + codes);
    Element pulses = rowWith(tree, "PULSES");
    assertEquals(
        List.of(
            "PULSES",
            "Pulses (peas, lentils, beans)",
            "Légumineuses (pois, lentilles, haricots)",
            "AGRI_FOOD",
            "In use"),
        pulses.select("td").eachText().subList(0, 5));
    assertNotNull(pulses.selectFirst(".tree-depth-1"));
    assertTrue(tree.select("a.rename, a.add-under").isEmpty(), "no admin action for a viewer");
    assertTrue(tree.getElementById("add") == null);
    assertNotNull(pulses.selectFirst("a.history"));
  }

  @Test
  void anOfficerIsRefusedTheForm() {
    Browser officer = new Browser();
    Document tree = officer.signIn(page("sectors/"), "officer");
    assertTrue(tree.select("a.rename, a.add-under").isEmpty());

    Document refused = officer.open(page("sectors/edit.xhtml?parent=AGRI_FOOD"));
    assertEquals(403, officer.lastResponse().statusCode());
    assertEquals("Not allowed", refused.selectFirst("main h1").text());
    officer.open(page("sectors/edit.xhtml?code=CANOLA"));
    assertEquals(403, officer.lastResponse().statusCode());
  }

  @Test
  void anAdministratorAddsASectorWithinAnotherThenRenamesIt() {
    Browser admin = new Browser();
    Document tree = admin.signIn(page("sectors/"), "admin");
    Element addUnder = rowWith(tree, "AGRI_FOOD").selectFirst("a.add-under");
    Document form = admin.open(page("sectors/").resolve(addUnder.attr("href")));
    assertEquals(
        "AGRI_FOOD",
        form.selectFirst("#sector\\:parent option[selected]").val(),
        "placed within the sector it was asked from");

    String code = "MAPLE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    Document invalid =
        admin.submit(
            form,
            "sector",
            Map.of(
                "sector:code", code, "sector:englishName", "Maple syrup", "sector:frenchName", ""),
            "sector:save");
    assertEquals("Give the sector's name in French.", messageNextTo(invalid, "sector:frenchName"));

    Document taken =
        admin.submit(
            invalid,
            "sector",
            Map.of("sector:code", "CANOLA", "sector:frenchName", "Sirop d’érable"),
            "sector:save");
    assertEquals(
        "There is already a sector CANOLA. Choose another code, or change that sector.",
        messageNextTo(taken, "sector:code"));

    Document added = admin.submit(taken, "sector", Map.of("sector:code", code), "sector:save");
    assertEquals("Sector " + code + " added.", added.selectFirst(".notice-info").text());
    Element row = rowWith(added, code);
    assertEquals(
        List.of(code, "Maple syrup", "Sirop d’érable", "AGRI_FOOD", "In use"),
        row.select("td").eachText().subList(0, 5));

    Document edit = admin.open(page("sectors/").resolve(row.selectFirst("a.rename").attr("href")));
    assertTrue(edit.getElementById("sector:code").hasAttr("readonly"), "the code is fixed");
    Document renamed =
        admin.submit(edit, "sector", Map.of("sector:englishName", "Maple products"), "sector:save");
    assertEquals("Sector " + code + " saved.", renamed.selectFirst(".notice-info").text());
    assertEquals("Maple products", rowWith(renamed, code).select("td").get(1).text());

    Document history = admin.open(page("sectors/history.xhtml?code=" + code));
    var rows = history.select("#history tbody tr");
    assertEquals(2, rows.size(), history.select("#history").outerHtml());
    assertTrue(rows.get(0).text().contains("admin") && rows.get(0).text().contains("Created"));
    assertTrue(rows.get(1).text().endsWith("English name"), rows.get(1).text());
  }

  @Test
  void aSectorCannotBeMovedWithinItselfSoThatIsNotOffered() {
    Browser admin = new Browser();
    admin.signIn(page("sectors/"), "admin");
    Document edit = admin.open(page("sectors/edit.xhtml?code=AGRI_FOOD"));
    List<String> offered = edit.select("#sector\\:parent option").eachAttr("value");
    assertTrue(offered.contains("FISHERIES"), offered.toString());
    assertFalse(offered.contains("AGRI_FOOD"));
    assertFalse(offered.contains("CANOLA"), "a sector within it");

    admin.open(page("sectors/edit.xhtml?code=NO_SUCH_SECTOR"));
    assertEquals(404, admin.lastResponse().statusCode());
  }
}
