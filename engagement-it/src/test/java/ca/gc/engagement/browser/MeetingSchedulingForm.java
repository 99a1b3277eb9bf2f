package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Forms;
import ca.gc.engagement.support.browser.Page;
import java.time.LocalDateTime;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * "Schedule a meeting" (/meetings/edit.xhtml, form id {@code meeting}), reached from a mission: the
 * mission, country and time zone come preset; participants are added row by row.
 */
class MeetingSchedulingForm extends Page {

  MeetingSchedulingForm(Chromium chromium) {
    super(chromium);
  }

  /** The mission the form was opened for, as the list shows it picked. */
  String mission() {
    return new Select(field("missionId")).getFirstSelectedOption().getText();
  }

  MeetingSchedulingForm title(String value) {
    Forms.type(field("title"), value);
    return this;
  }

  MeetingSchedulingForm kind(String label) {
    new Select(field("kind")).selectByVisibleText(label);
    return this;
  }

  /** Start and end as the participants will live them, in the meeting's zone. */
  MeetingSchedulingForm when(LocalDateTime start, LocalDateTime end) {
    Forms.date(driver, field("startsAt"), start.toString());
    Forms.date(driver, field("endsAt"), end.toString());
    return this;
  }

  MeetingSchedulingForm location(String value) {
    Forms.type(field("location"), value);
    return this;
  }

  /**
   * Presses "Add a participant" (the form comes back with one more row, what was typed kept) and
   * fills the new row: the stakeholder picked by name, the side by its label, a role.
   */
  MeetingSchedulingForm participant(String name, String side, String role) {
    chromium.leavePageBy(field("add-participant")::click);
    MeetingSchedulingForm form = new MeetingSchedulingForm(chromium);
    List<WebElement> rows = driver.findElements(By.cssSelector("table.participant-rows tbody tr"));
    WebElement row = rows.get(rows.size() - 1);
    Select stakeholder =
        new Select(row.findElement(By.cssSelector("select[id$=':stakeholderId']")));
    stakeholder.getOptions().stream()
        .filter(option -> option.getText().startsWith(name + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no stakeholder " + name + " offered"))
        .click();
    new Select(row.findElement(By.cssSelector("select[id$=':side']"))).selectByVisibleText(side);
    Forms.type(row.findElement(By.cssSelector("input[id$=':role']")), role);
    return form;
  }

  /** Presses "Schedule meeting" and arrives on the new meeting's page. */
  MeetingRecordPage submit() {
    chromium.leavePageBy(field("save")::click);
    return new MeetingRecordPage(chromium);
  }

  private WebElement field(String name) {
    return find(By.id("meeting:" + name));
  }
}
