package ca.gc.engagement.browser;

import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Page;
import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An agreement's page (/agreements/agreement.xhtml?id=): status, lifecycle, step buttons. */
class AgreementRecordPage extends Page {

  AgreementRecordPage(Chromium chromium) {
    super(chromium);
  }

  /** The agreement's address under the application's root, to come back to it. */
  String address() {
    URI uri = URI.create(driver.getCurrentUrl());
    return "agreements/agreement.xhtml?" + uri.getQuery();
  }

  String notices() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notices"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  String status() {
    return find(By.id("status")).getText();
  }

  /** The labels of the step buttons the reader is offered. */
  List<String> steps() {
    return driver.findElements(By.cssSelector("form#steps input[type=submit]")).stream()
        .map(button -> button.getDomProperty("value"))
        .toList();
  }

  /** Presses the step's button (UNDER_NEGOTIATION, SIGNED, IN_FORCE, ...). */
  AgreementRecordPage step(String to) {
    chromium.leavePageBy(find(By.id("steps:to-" + to))::click);
    return new AgreementRecordPage(chromium);
  }

  /** The lifecycle table: each step's change ("Proposed → Under negotiation") and who took it. */
  List<String> lifecycle() {
    return driver.findElements(By.cssSelector("table.lifecycle tbody tr")).stream()
        .map(
            tr -> {
              List<WebElement> cells = tr.findElements(By.tagName("td"));
              return cells.get(1).getText() + " | " + cells.get(2).getText();
            })
        .toList();
  }

  HistoryPage history() {
    chromium.leavePageBy(find(By.id("history-link"))::click);
    return new HistoryPage(chromium);
  }

  /** Presses the header's language toggle: the same page answers in the other language. */
  AgreementRecordPage toggleLanguage() {
    chromium.leavePageBy(find(By.id("language-toggle"))::click);
    return new AgreementRecordPage(chromium);
  }

  /** The language the page declares on its html element. */
  String language() {
    return find(By.tagName("html")).getDomAttribute("lang");
  }

  String text() {
    return find(By.tagName("main")).getText();
  }
}
