package ca.gc.engagement.support.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both named by path so that
 * Selenium Manager never tries to download a driver (this machine has no network beyond Maven
 * Central and Debian). The flags keep Chromium from calling home; each start gets a fresh profile.
 */
final class ChromiumLauncher {

  static final Path CHROMIUM =
      Path.of(System.getProperty("engagement.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("engagement.chromedriver", "/usr/bin/chromedriver"));

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--no-default-browser-check",
          "--window-size=1280,1024",
          "--lang=en-CA");

  /**
   * Selenium looks for DevTools bindings matching Chromium's version and warns when it has none;
   * the tests use chromedriver's own commands only, so the warning would be noise. Held here so the
   * logger keeps its level.
   */
  private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    DEVTOOLS.setLevel(Level.SEVERE);
  }

  private ChromiumLauncher() {}

  /**
   * A new Chromium on the given (fresh) profile directory, chromedriver's log in {@code log}.
   * Fails, never skips, when Chromium or its driver is not installed.
   */
  static ChromeDriver start(Path profile, Path log) {
    requireInstalled();
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(log.toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    // The pages pick their language from Accept-Language: English unless a test switches.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-CA,en"));
    // The console, so that a test fails on a Content-Security-Policy violation (see Chromium).
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    options.setPageLoadTimeout(Duration.ofSeconds(60));
    options.setScriptTimeout(Duration.ofSeconds(60));
    return new ChromeDriver(service, options);
  }

  private static void requireInstalled() {
    List<String> missing =
        Stream.of(CHROMIUM, CHROMEDRIVER)
            .filter(binary -> !Files.isExecutable(binary))
            .map(Path::toString)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "The browser tests run in Debian's Chromium, but this machine lacks "
              + String.join(" and ", missing)
              + ". Install Chromium and its driver with\n"
              + "    sudo apt-get install --no-install-recommends chromium chromium-driver\n"
              + "(CI's .ci/run does this on a fresh machine), or name other binaries with"
              + " -Dengagement.chromium=<path> -Dengagement.chromedriver=<path>.");
    }
  }
}
