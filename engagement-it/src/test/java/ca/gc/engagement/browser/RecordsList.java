package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Any list of records (meetings, agreements, search results): the rows' text, as read. */
class RecordsList extends Page {

  RecordsList(Chromium chromium) {
    super(chromium);
  }

  /** The text of each row of the main table; empty when the table shows its empty message. */
  List<String> rows() {
    return driver.findElements(By.cssSelector("main table tbody tr")).stream()
        .filter(tr -> !String.valueOf(tr.getDomAttribute("class")).contains("empty-message"))
        .map(WebElement::getText)
        .toList();
  }

  /** Whether any row mentions the text. */
  boolean shows(String text) {
    return rows().stream().anyMatch(row -> row.contains(text));
  }
}
