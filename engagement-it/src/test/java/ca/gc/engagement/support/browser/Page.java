package ca.gc.engagement.support.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Any page of the application as the browser shows it, with the header every page shares. Making
 * one is arriving at the page: it waits until the page has loaded and runs axe-core on it, so no
 * page a test visits goes unchecked.
 */
public class Page {

  protected final Chromium chromium;
  protected final WebDriver driver;

  public Page(Chromium chromium) {
    this.chromium = chromium;
    this.driver = chromium.driver();
    chromium.waitUntilLoaded();
    Accessibility.check(driver);
  }

  /** The browser tab's title. */
  public String title() {
    return driver.getTitle();
  }

  /** The page's main heading, as shown. */
  public String heading() {
    return driver.findElement(By.cssSelector("main h1")).getText();
  }

  /** The path the address bar shows, after any redirect. */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** Who the header says is signed in; {@link Header#NOBODY} when it shows no account. */
  public Header header() {
    List<WebElement> account = driver.findElements(By.cssSelector("header form.account"));
    if (account.isEmpty()) {
      return Header.NOBODY;
    }
    return new Header(
        text(account.get(0), ".account-user"),
        text(account.get(0), ".account-role"),
        text(account.get(0), ".account-clearance"));
  }

  /** Presses the header's sign-out button. */
  public SignInPage signOut() {
    WebElement button =
        driver.findElement(By.cssSelector("header form.account input[type=submit]"));
    chromium.leavePageBy(button::click);
    return new SignInPage(chromium);
  }

  protected WebElement find(By by) {
    return driver.findElement(by);
  }

  private static String text(WebElement scope, String css) {
    return scope.findElement(By.cssSelector(css)).getText();
  }
}
