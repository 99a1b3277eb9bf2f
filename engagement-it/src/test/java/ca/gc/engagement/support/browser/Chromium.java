package ca.gc.engagement.support.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tier: one headless Chromium per test class, driving the pages of the deployed EAR as
 * a desk officer would, with axe-core run on every page a test arrives at.
 *
 * <p>How a browser test is written: a class named {@code *BrowserIT} in its aggregate's package
 * ({@code ca.gc.engagement.mission.MissionsBrowserIT}) that extends {@link
 * ca.gc.engagement.support.AgainstTheBuiltEar} like the other ITs (so it runs in the same failsafe
 * run, on the same managed WildFly), with this extension registered as a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final Chromium chromium = new Chromium();
 * ...
 * MissionsPage missions = chromium.signInAs("officer", MissionsPage::new);
 * }</pre>
 *
 * Page objects extend {@link Page}. The base URL is the embedded server's on the port offset the
 * build gives the ITs ({@code engagement.port.offset}). Each test starts signed out (cookies
 * cleared). A failing test leaves {@code target/browser-failures/<TestClass>/<test>.png} and {@code
 * .html}. Chromium and chromedriver missing is a failure with the command that installs them, never
 * a skip.
 */
public final class Chromium
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

  private static final Duration PAGE_WAIT = Duration.ofSeconds(30);

  private final URI base = baseUri();
  private final Path target = Path.of(System.getProperty("engagement.build.directory", "target"));
  private ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    String testClass = context.getRequiredTestClass().getSimpleName();
    Path work = Files.createDirectories(target.resolve("chromium"));
    profile = Files.createTempDirectory(work, testClass + "-profile-");
    long start = System.nanoTime();
    driver = ChromiumLauncher.start(profile, work.resolve(testClass + "-chromedriver.log"));
    System.out.printf(
        "Chromium %s started for %s in %d ms%n",
        driver.getCapabilities().getBrowserVersion(),
        testClass,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    forgetSession();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    List<String> refused = driver == null ? List.of() : policyViolations();
    if (driver != null && context.getExecutionException().isEmpty() && !refused.isEmpty()) {
      throw new AssertionError(
          "The browser refused what the page needed (Content-Security-Policy):\n"
              + String.join("\n", refused));
    }
    if (driver != null && context.getExecutionException().isPresent()) {
      FailureEvidence.save(
          driver,
          target
              .resolve("browser-failures")
              .resolve(context.getRequiredTestClass().getSimpleName()),
          context.getRequiredTestMethod().getName());
    }
  }

  /**
   * The console's Content-Security-Policy violations since the last look: each is something a page
   * tried that the policy blocked, so the page may not work as it should.
   */
  private List<String> policyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
      profile = null;
    }
  }

  /** The application's root, {@code http://127.0.0.1:<8080 + offset>/engagement/}. */
  public URI base() {
    return base;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Goes to a page of the application by its path under the root, as typed in the address bar. */
  public <P extends Page> P open(String path, Function<Chromium, P> page) {
    driver.get(base.resolve(path).toString());
    return page.apply(this);
  }

  /** Opens the application signed out (the session forgotten): the sign-in form is what shows. */
  public SignInPage openSignedOut() {
    forgetSession();
    return open("", SignInPage::new);
  }

  /** Drops every cookie, the session's included, as a browser that was closed and reopened. */
  private void forgetSession() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  /** Signs in through the form with a demo account (password: the account name + "-demo"). */
  public <P extends Page> P signInAs(String account, Function<Chromium, P> landing) {
    openSignedOut().fillIn(account, account + "-demo");
    return landing.apply(this);
  }

  /** Signs in as {@link #signInAs(String, Function)} does, having chosen the language first. */
  public <P extends Page> P signInAs(
      String account, String language, Function<Chromium, P> landing) {
    openSignedOut().inLanguage(language).fillIn(account, account + "-demo");
    return landing.apply(this);
  }

  public Page signInAs(String account) {
    return signInAs(account, Page::new);
  }

  /**
   * Does what leaves the page (a click on a submit button, say) and waits until the browser shows
   * the page that answered.
   */
  public void leavePageBy(Runnable action) {
    WebElement current = driver.findElement(By.tagName("html"));
    action.run();
    new WebDriverWait(driver, PAGE_WAIT).until(d -> gone(current));
    waitUntilLoaded();
  }

  /**
   * Whether the element belongs to a page the browser has left. Caught mid-navigation, chromedriver
   * answers "Node with given id does not belong to the document" as an unknown error rather than a
   * stale element: that is gone too.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException | NoSuchElementException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  void waitUntilLoaded() {
    new WebDriverWait(driver, PAGE_WAIT)
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static URI baseUri() {
    String offset = System.getProperty("engagement.port.offset");
    if (offset == null) {
      throw new IllegalStateException(
          "System property engagement.port.offset must be set (the failsafe plugin sets it)");
    }
    return URI.create("http://127.0.0.1:" + (8080 + Integer.parseInt(offset)) + "/engagement/");
  }
}
