package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A record's history (who changed what, when), as the table shows it. */
class HistoryPage extends Page {

  HistoryPage(Chromium chromium) {
    super(chromium);
  }

  /** Each revision as "who | change | fields", oldest first as the table lists them. */
  List<String> rows() {
    return driver.findElements(By.cssSelector("table.history tbody tr")).stream()
        .map(
            tr -> {
              List<WebElement> cells = tr.findElements(By.tagName("td"));
              return cells.get(1).getText()
                  + " | "
                  + cells.get(2).getText()
                  + " | "
                  + cells.get(3).getText();
            })
        .toList();
  }
}
