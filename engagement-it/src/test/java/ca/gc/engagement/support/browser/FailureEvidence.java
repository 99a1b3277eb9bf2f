package ca.gc.engagement.support.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser showed when a test failed, kept for whoever reads the failure (locally or from
 * CI's workspace): {@code <name>.png} (the screenshot) and {@code <name>.html} (the page source).
 */
final class FailureEvidence {

  private FailureEvidence() {}

  /** Saves both files; a browser that cannot answer any more is reported, never thrown. */
  static void save(ChromeDriver driver, Path directory, String name) {
    try {
      Files.createDirectories(directory);
      Files.write(directory.resolve(name + ".png"), screenshot(driver));
      Files.writeString(directory.resolve(name + ".html"), source(driver), StandardCharsets.UTF_8);
      System.err.println(
          "Browser failure evidence: "
              + directory.resolve(name)
              + ".png|.html (at "
              + url(driver)
              + ")");
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save the browser's failure evidence for " + name + ": " + e);
    }
  }

  /**
   * The whole page, not only the window: Chromium's own capture (DevTools protocol, through
   * chromedriver) beyond the viewport; the window alone if that is refused.
   */
  @SuppressWarnings("unchecked")
  private static byte[] screenshot(ChromeDriver driver) {
    try {
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  Map.of(
                      "x", 0,
                      "y", 0,
                      "width", size.get("width"),
                      "height", size.get("height"),
                      "scale", 1)));
      return Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      return driver.getScreenshotAs(OutputType.BYTES);
    }
  }

  private static String source(WebDriver driver) {
    return "<!-- " + url(driver) + " -->\n" + driver.getPageSource();
  }

  private static String url(WebDriver driver) {
    return driver.getCurrentUrl();
  }
}
