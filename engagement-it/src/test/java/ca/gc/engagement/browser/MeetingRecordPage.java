package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A meeting's page (/meetings/meeting.xhtml?id=): particulars and participants. */
class MeetingRecordPage extends Page {

  MeetingRecordPage(Chromium chromium) {
    super(chromium);
  }

  String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notices"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  String particular(String id) {
    return find(By.id(id)).getText();
  }

  /** Each participant as "name | side | role", in the order of the table. */
  List<String> participants() {
    return driver.findElements(By.cssSelector("table.participants tbody tr")).stream()
        .map(
            tr -> {
              List<WebElement> cells = tr.findElements(By.tagName("td"));
              return cells.get(0).getText()
                  + " | "
                  + cells.get(4).getText()
                  + " | "
                  + cells.get(5).getText();
            })
        .toList();
  }

  /** Follows the link back to the mission. */
  void backToMission() {
    chromium.leavePageBy(find(By.id("mission-link"))::click);
  }
}
