package ca.gc.engagement.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every kind of page of the intranet, in both languages, as an administrator (who is offered every
 * form): each list, a record from it, its edit form, its history and the empty form for a new one,
 * the dashboard and the search. Each page is checked by axe-core as it opens (the page objects'
 * constructor), so no page of the intranet escapes the accessibility check because no scenario
 * happens to pass through it.
 */
class EveryPageBrowserIT extends AgainstTheBuiltEar {

  /** The lists and the name of their record page. */
  private static final List<String[]> RECORDS =
      List.of(
          new String[] {"missions", "mission"},
          new String[] {"meetings", "meeting"},
          new String[] {"agreements", "agreement"},
          new String[] {"trade-measures", "trade-measure"},
          new String[] {"stakeholders", "stakeholder"},
          new String[] {"statements", "statement"},
          new String[] {"follow-ups", "follow-up"},
          new String[] {"carve-outs", "carve-out"});

  @RegisterExtension static final Chromium chromium = new Chromium();

  private String language;

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "fr"})
  void everyPagePassesTheAccessibilityCheck(String language) {
    this.language = language;
    chromium.signInAs("admin");
    visit("index.xhtml?lang=" + language);
    visit("search.xhtml?q=canola");
    for (String[] records : RECORDS) {
      visit(records[0] + "/");
      String id = firstRecordId(records[1]);
      visit(records[0] + "/" + records[1] + ".xhtml?id=" + id);
      visit(records[0] + "/edit.xhtml?id=" + id);
      visit(records[0] + "/history.xhtml?id=" + id);
      visit(records[0] + "/edit.xhtml");
    }
    visit("sectors/");
    visit("sectors/edit.xhtml?code=CANOLA");
    visit("sectors/history.xhtml?code=CANOLA");
    visit("sectors/edit.xhtml?parent=AGRI_FOOD");
  }

  /**
   * Opens a page; the page object runs axe on it. A page that failed, or the sign-in page shown
   * instead, would say so in its h1.
   */
  private void visit(String path) {
    Page page = chromium.open(path, Page::new);
    assertEquals(
        language, chromium.driver().findElement(By.tagName("html")).getDomAttribute("lang"), path);
    String heading = page.heading();
    for (String error :
        List.of(
            "Page not found",
            "Page introuvable",
            "Something went wrong",
            "Un problème est survenu",
            "Not allowed",
            "Non autorisé",
            "Sign in",
            "Ouvrir une session")) {
      assertFalse(heading.startsWith(error), path + " answered: " + heading);
    }
  }

  /** The id of the first record the list on screen links to. */
  private String firstRecordId(String recordPage) {
    String href =
        chromium
            .driver()
            .findElement(By.cssSelector("main table tbody a[href*='" + recordPage + ".xhtml?id=']"))
            .getDomAttribute("href");
    String query = URI.create(chromium.base().resolve(href).toString()).getQuery();
    return query.replaceAll(".*\\bid=(\\d+).*", "$1");
  }
}
