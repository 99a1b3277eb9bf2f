package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The dashboard (/index.xhtml), where signing in lands: the panels as a reader sees them. */
class DashboardPage extends Page {

  static final String PATH = "index.xhtml";

  DashboardPage(Chromium chromium) {
    super(chromium);
  }

  /** The titles in "Upcoming meetings", soonest first. */
  List<String> upcoming() {
    return driver.findElements(By.cssSelector("#upcoming tbody tr td:first-child")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The number of upcoming meetings the caption states ("… (12 in all)"); 0 with no table. */
  int upcomingTotal() {
    List<WebElement> caption = driver.findElements(By.cssSelector("#upcoming caption"));
    return caption.isEmpty() ? 0 : lastNumber(caption.get(0).getText());
  }

  /** "Agreements by status": each status as labelled, with its count. */
  Map<String, Integer> agreementCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (WebElement row : driver.findElements(By.cssSelector("#agreements tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      counts.put(cells.get(0).getText(), Integer.parseInt(cells.get(1).getText().trim()));
    }
    return counts;
  }

  /** The total the agreements caption states. */
  int agreementTotal() {
    return lastNumber(find(By.cssSelector("#agreements caption")).getText());
  }

  private static int lastNumber(String text) {
    String[] numbers = text.replaceAll("[^0-9]+", " ").trim().split(" ");
    return Integer.parseInt(numbers[numbers.length - 1]);
  }
}
