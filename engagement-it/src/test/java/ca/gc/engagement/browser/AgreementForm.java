package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Forms;
import ca.gc.engagement.support.browser.Page;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Propose an agreement" (/agreements/edit.xhtml, form id {@code agreement}). Its verdict panel
 * screens the draft as the officer types and ticks (Ajax); sectors and regions are ticked by their
 * codes, which are the checkboxes' values in either language.
 */
class AgreementForm extends Page {

  private static final Duration SCREENING = Duration.ofSeconds(20);

  AgreementForm(Chromium chromium) {
    super(chromium);
  }

  AgreementForm title(String value) {
    Forms.type(field("title"), value);
    return this;
  }

  AgreementForm summary(String value) {
    Forms.type(field("summary"), value);
    return this;
  }

  /** Ticks or unticks a sector by its code (ARCTIC, CLEAN_ENERGY, ...). */
  AgreementForm sector(String code, boolean ticked) {
    return tick("sectors", code, ticked);
  }

  /** Ticks or unticks a region by its code (ARCTIC_SHIPPING_ROUTES, ...). */
  AgreementForm region(String code, boolean ticked) {
    return tick("regions", code, ticked);
  }

  /** The parties the list shows picked. */
  List<String> parties() {
    return field("parties").findElements(By.cssSelector("option")).stream()
        .filter(WebElement::isSelected)
        .map(WebElement::getText)
        .toList();
  }

  /** Waits until the live verdict reads as expected ("Prohibited", "Clear"), then returns it. */
  String verdictOnceItReads(String expected) {
    return screening().until(d -> expected.equals(verdict()) ? expected : null);
  }

  /** The live verdict as shown, empty before the first screening. */
  String verdict() {
    List<WebElement> verdict =
        driver.findElements(By.cssSelector("#agreement\\:screening .verdict-value"));
    return verdict.isEmpty() ? "" : verdict.get(0).getText();
  }

  /** The carve-outs the live screening names in its table of matches. */
  List<String> carveOutsNamed() {
    return screening()
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector("#agreement\\:screening table.matches .carve-out-name"))
                    .stream()
                    .map(WebElement::getText)
                    .distinct()
                    .toList());
  }

  /**
   * A wait for the verdict panel, which each keystroke's or tick's Ajax answer redraws: an element
   * read as it is replaced is read again.
   */
  private WebDriverWait screening() {
    WebDriverWait wait = new WebDriverWait(driver, SCREENING);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Whether no Ajax request of the page is waiting or under way (PrimeFaces' queue). */
  private boolean idle() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript(
                "var q = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;"
                    + " return !q || typeof q.isEmpty !== 'function' || q.isEmpty();"));
  }

  String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notices"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  String messageNextTo(String name) {
    return Forms.messageNextTo(field(name));
  }

  /** Presses "Propose agreement" on a draft the application refuses: the form comes back. */
  AgreementForm submitRefused() {
    chromium.leavePageBy(field("save")::click);
    return new AgreementForm(chromium);
  }

  /** Presses "Propose agreement" and arrives on the new agreement's page. */
  AgreementRecordPage submit() {
    chromium.leavePageBy(field("save")::click);
    return new AgreementRecordPage(chromium);
  }

  private AgreementForm tick(String group, String code, boolean ticked) {
    WebElement box =
        find(By.cssSelector("input[name='agreement:" + group + "'][value='" + code + "']"));
    if (box.isSelected() != ticked) {
      box.click();
    }
    return this;
  }

  private WebElement field(String name) {
    return find(By.id("agreement:" + name));
  }
}
