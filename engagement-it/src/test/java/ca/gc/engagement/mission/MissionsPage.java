package ca.gc.engagement.mission;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The missions page (the application's home) as the browser shows it: the list and the form. */
class MissionsPage extends Page {

  MissionsPage(Chromium chromium) {
    super(chromium);
  }

  /** The heading above the list, with the number of missions on file. */
  String count() {
    return find(By.id("missions-list-heading")).getText();
  }

  List<String> titles() {
    return driver.findElements(By.cssSelector("main table tbody .mission-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  Optional<MissionRow> row(String title) {
    return driver.findElements(By.cssSelector("main table tbody tr")).stream()
        .filter(tr -> !tr.findElements(By.cssSelector(".mission-title")).isEmpty())
        .filter(tr -> tr.findElement(By.cssSelector(".mission-title")).getText().equals(title))
        .map(MissionRow::of)
        .findFirst();
  }

  /** The messages shown above the list (a mission planned, say). */
  String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notices"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  boolean offersPlanning() {
    return !driver.findElements(By.id("plan")).isEmpty();
  }

  MissionPlanForm planForm() {
    return new MissionPlanForm(chromium, find(By.id("plan")));
  }

  /** One row of the list, cell by cell, as read. */
  record MissionRow(
      String title,
      String counterpart,
      String counterpartName,
      String hostCity,
      String period,
      String lead,
      String status,
      String classification) {

    static MissionRow of(WebElement tr) {
      List<WebElement> cells = tr.findElements(By.tagName("td"));
      return new MissionRow(
          cells.get(0).getText(),
          cells.get(1).getText(),
          cells.get(1).findElement(By.tagName("abbr")).getDomAttribute("title"),
          cells.get(2).getText(),
          cells.get(3).getText(),
          cells.get(4).getText(),
          cells.get(5).getText(),
          cells.get(6).getText());
    }
  }
}
