package ca.gc.engagement.support.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sign-in form the container shows anyone not signed in. */
public class SignInPage extends Page {

  public SignInPage(Chromium chromium) {
    super(chromium);
  }

  /**
   * Presses the header's language toggle if the page is not already in {@code language} ("en",
   * "fr"): the sign-in form comes back in that language, and the choice lasts after signing in.
   */
  public SignInPage inLanguage(String language) {
    if (language.equals(find(By.tagName("html")).getDomAttribute("lang"))) {
      return this;
    }
    chromium.leavePageBy(find(By.id("language-toggle"))::click);
    return new SignInPage(chromium);
  }

  /** Types a user name and password and presses Sign in; the caller says where that lands. */
  public void fillIn(String account, String password) {
    WebElement user = find(By.id("j_username"));
    user.clear();
    user.sendKeys(account);
    WebElement secret = find(By.id("j_password"));
    secret.clear();
    secret.sendKeys(password);
    chromium.leavePageBy(find(By.id("sign-in"))::click);
  }

  /** Signs in with a password the realm refuses: the sign-in page comes back. */
  public SignInPage refusedAs(String account, String password) {
    fillIn(account, password);
    return new SignInPage(chromium);
  }

  /** The error shown above the form, empty when there is none. */
  public String error() {
    List<WebElement> notices = driver.findElements(By.cssSelector("main .notice-error"));
    return notices.isEmpty() ? "" : notices.get(0).getText();
  }

  /** Whether the form for a user name and password is there. */
  public boolean showsTheForm() {
    return !driver.findElements(By.cssSelector("form#login input#j_username")).isEmpty()
        && !driver
            .findElements(By.cssSelector("form#login input#j_password[type=password]"))
            .isEmpty();
  }
}
