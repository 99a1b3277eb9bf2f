package ca.gc.engagement.mission;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Forms;
import ca.gc.engagement.support.browser.Page;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Plan a mission" form (/missions/edit.xhtml, form id {@code mission}), filled in field by
 * field the way an officer would: typing, picking from the lists by the names shown. Fields are
 * found by id, which stays the same in either language.
 */
public class MissionPlanForm extends Page {

  public MissionPlanForm(Chromium chromium) {
    super(chromium);
  }

  public MissionPlanForm title(String value) {
    return type("title", value);
  }

  /** Picks the counterpart country by the name the list shows ("South Korea"). */
  public MissionPlanForm counterpart(String countryName) {
    new Select(field("counterpartCountry")).selectByVisibleText(countryName);
    return this;
  }

  public MissionPlanForm hostCity(String value) {
    return type("hostCity", value);
  }

  public MissionPlanForm firstDay(LocalDate day) {
    Forms.date(driver, field("startDate"), day.toString());
    return this;
  }

  public MissionPlanForm lastDay(LocalDate day) {
    Forms.date(driver, field("endDate"), day.toString());
    return this;
  }

  public MissionPlanForm lead(String value) {
    return type("lead", value);
  }

  public MissionPlanForm objectives(String value) {
    return type("objectives", value);
  }

  /** Picks a classification by the name the list shows ("Secret"). */
  public MissionPlanForm classification(String label) {
    new Select(field("classification")).selectByVisibleText(label);
    return this;
  }

  /** The classifications the list offers, as shown. */
  List<String> classifications() {
    return new Select(field("classification"))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  /** Presses "Plan mission" and arrives on the new mission's page. */
  public MissionRecordPage submit() {
    press();
    return new MissionRecordPage(chromium);
  }

  /** Presses "Plan mission" on a form the application refuses: the form comes back. */
  MissionPlanForm submitRefused() {
    press();
    return new MissionPlanForm(chromium);
  }

  private void press() {
    chromium.leavePageBy(find(By.id("mission:save"))::click);
  }

  /** The message shown in the same field block as the field, empty when there is none. */
  String messageNextTo(String name) {
    return Forms.messageNextTo(field(name));
  }

  String valueOf(String name) {
    return field(name).getDomProperty("value");
  }

  private WebElement field(String name) {
    return find(By.id("mission:" + name));
  }

  private MissionPlanForm type(String name, String value) {
    Forms.type(field(name), value);
    return this;
  }
}
