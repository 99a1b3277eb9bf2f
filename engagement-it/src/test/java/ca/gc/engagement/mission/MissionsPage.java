package ca.gc.engagement.mission;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The missions list (/missions/) as the browser shows it, with its "Plan a mission" link. */
public class MissionsPage extends Page {

  public static final String PATH = "missions/";

  public MissionsPage(Chromium chromium) {
    super(chromium);
  }

  /** The titles of the missions on the first page of the list, as shown. */
  public List<String> titles() {
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

  /** The paginator's summary of the list ("(1 of 2)" and so on) and the rows it shows. */
  int rowCount() {
    return driver.findElements(By.cssSelector("main table tbody .mission-title")).size();
  }

  boolean offersPlanning() {
    return !driver.findElements(By.id("plan")).isEmpty();
  }

  /** Follows "Plan a mission" to the empty form. */
  public MissionPlanForm plan() {
    chromium.leavePageBy(find(By.id("plan"))::click);
    return new MissionPlanForm(chromium);
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
