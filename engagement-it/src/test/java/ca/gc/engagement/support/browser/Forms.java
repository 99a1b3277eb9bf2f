package ca.gc.engagement.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** How the page objects fill in and read the fields of the application's forms. */
public final class Forms {

  private Forms() {}

  /** Types into a text field, replacing what was there. */
  public static void type(WebElement input, String value) {
    input.clear();
    input.sendKeys(value);
  }

  /**
   * A date or date-time field: Chromium's control takes keystrokes in the order of the browser's
   * locale, so the ISO value is set as the control itself would set it, with the events it fires.
   */
  public static void date(WebDriver driver, WebElement input, String isoValue) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            isoValue);
  }

  /** The message shown in the same field block as the field, empty when there is none. */
  public static String messageNextTo(WebElement input) {
    List<WebElement> messages =
        input.findElements(
            By.xpath(
                "ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]"
                    + "//*[contains(concat(' ', @class, ' '), ' field-error ')]"));
    return messages.isEmpty() ? "" : messages.get(0).getText();
  }
}
