package ca.gc.engagement.mission;

import ca.gc.engagement.support.browser.Chromium;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Plan a mission" form, filled in field by field the way an officer would: typing, picking
 * from the lists by the names shown. Fields are found by id, which stays the same in either
 * language.
 */
class MissionPlanForm {

  private final Chromium chromium;
  private final WebElement form;

  MissionPlanForm(Chromium chromium, WebElement form) {
    this.chromium = chromium;
    this.form = form;
  }

  MissionPlanForm title(String value) {
    return type("title", value);
  }

  /** Picks the counterpart country by the name the list shows ("South Korea"). */
  MissionPlanForm counterpart(String countryName) {
    new Select(field("counterpartCountry")).selectByVisibleText(countryName);
    return this;
  }

  MissionPlanForm hostCity(String value) {
    return type("hostCity", value);
  }

  MissionPlanForm firstDay(LocalDate day) {
    return date("startDate", day);
  }

  MissionPlanForm lastDay(LocalDate day) {
    return date("endDate", day);
  }

  MissionPlanForm lead(String value) {
    return type("lead", value);
  }

  MissionPlanForm objectives(String value) {
    return type("objectives", value);
  }

  /** Picks a classification by the name the list shows ("Secret"). */
  MissionPlanForm classification(String label) {
    new Select(field("classification")).selectByVisibleText(label);
    return this;
  }

  /** The classifications the list offers, as shown. */
  List<String> classifications() {
    return new Select(field("classification"))
        .getOptions().stream().map(WebElement::getText).toList();
  }

  /** Presses "Plan mission"; the missions page answers, with the mission or with messages. */
  MissionsPage submit() {
    chromium.leavePageBy(form.findElement(By.cssSelector("input[type=submit]"))::click);
    return new MissionsPage(chromium);
  }

  /** The message shown in the same field block as the field, empty when there is none. */
  String messageNextTo(String name) {
    List<WebElement> messages =
        field(name)
            .findElements(
                By.xpath(
                    "ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"
                        + "//*[contains(concat(' ', @class, ' '), ' field-error ')]"));
    return messages.isEmpty() ? "" : messages.get(0).getText();
  }

  String valueOf(String name) {
    return field(name).getDomProperty("value");
  }

  private WebElement field(String name) {
    return form.findElement(By.id("plan:" + name));
  }

  private MissionPlanForm type(String name, String value) {
    WebElement input = field(name);
    input.clear();
    input.sendKeys(value);
    return this;
  }

  /**
   * A date field: Chromium's date control takes keystrokes in the order of the browser's locale, so
   * the ISO value is set as the control itself would set it, with the events it fires.
   */
  private MissionPlanForm date(String name, LocalDate day) {
    ((JavascriptExecutor) chromium.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field(name),
            day.toString());
    return this;
  }
}
