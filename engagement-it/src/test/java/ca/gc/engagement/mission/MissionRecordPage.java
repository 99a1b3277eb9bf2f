package ca.gc.engagement.mission;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A mission's own page (/missions/mission.xhtml?id=): marking, particulars, its file, actions. */
public class MissionRecordPage extends Page {

  public MissionRecordPage(Chromium chromium) {
    super(chromium);
  }

  /** The mission's id, read from the address. */
  public String id() {
    String query = URI.create(driver.getCurrentUrl()).getQuery();
    for (String pair : query.split("&")) {
      if (pair.startsWith("id=")) {
        return pair.substring(3);
      }
    }
    throw new AssertionError("no id in " + driver.getCurrentUrl());
  }

  /** The classification banner at the top. */
  public String marking() {
    return find(By.cssSelector("main .marking-banner")).getText();
  }

  /** One of the particulars by its element id (counterpart, host-city, period, lead, status). */
  public String particular(String id) {
    return find(By.id(id)).getText();
  }

  /** The messages shown under the heading (the mission planned, say), one per line. */
  public String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notices"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  /** The whole text of the page's main part, as read. */
  public String text() {
    return find(By.tagName("main")).getText();
  }

  /** Follows "Schedule a meeting" (the meeting form comes up for this mission). */
  public void scheduleMeeting() {
    follow("schedule-meeting");
  }

  /** Follows "Propose an agreement" (the agreement form comes up for this mission). */
  public void proposeAgreement() {
    follow("propose-agreement");
  }

  /** Follows one of the officer's actions, by the link's id within the actions form. */
  private void follow(String linkId) {
    chromium.leavePageBy(find(By.id("actions:" + linkId))::click);
  }
}
