package ca.gc.engagement.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reading a rendered page as a user reads it: a table's row, a field's message, a button. */
public final class Pages {

  private Pages() {}

  /** The first row of any table on the page that mentions {@code text}, or null. */
  public static Element rowWith(Document page, String text) {
    return page.select("table tbody tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElse(null);
  }

  /** The rows of a table of the page, each as the texts of its cells. */
  public static List<List<String>> rows(Document page, String tableId) {
    Element table = page.getElementById(tableId);
    assertNotNull(table, "no table " + tableId);
    return table.select("tbody tr").stream()
        .map(tr -> tr.select("td").stream().map(Element::text).toList())
        .toList();
  }

  /** The message rendered in the same field block as the input ("" when there is none). */
  public static String messageNextTo(Document page, String inputId) {
    Element input = page.getElementById(inputId);
    assertNotNull(input, "no input " + inputId + " on the page");
    Element message = input.parent().selectFirst(".field-error");
    return message == null ? "" : message.text();
  }

  /** The name of the submit button labelled {@code label}, to press it. */
  public static String buttonNamed(Document page, String label) {
    Element button = page.selectFirst("input[type=submit][value=" + label + "]");
    assertNotNull(button, "no button " + label + " on the page");
    return button.attr("name");
  }

  /**
   * The markup a Faces partial response (see {@link Browser#ajax}) puts in place of the element
   * {@code id}, as a page fragment; fails when the response does not update it.
   */
  public static Document updateOf(Document partial, String id) {
    Element update =
        partial.select("update").stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
    assertNotNull(
        update, "the partial response does not update " + id + ":\n" + partial.outerHtml());
    return Jsoup.parseBodyFragment(update.wholeText());
  }
}
