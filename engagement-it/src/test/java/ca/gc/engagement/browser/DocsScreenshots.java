package ca.gc.engagement.browser;

import ca.gc.engagement.mission.MissionRecordPage;
import ca.gc.engagement.mission.MissionsPage;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.browser.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not a test: the helper that takes the README's screenshots (docs/screenshots/*.png, 1280 px wide)
 * from the demo data. Its name matches no failsafe pattern, so the build never runs it; run it by
 * hand when the pages change:
 *
 * <pre>
 * mvn -B -o verify -pl engagement-health,engagement-core,engagement-web,engagement-ear,engagement-it \
 *   -Dit.test=DocsScreenshots -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class DocsScreenshots extends AgainstTheBuiltEar {

  private static final Path OUT =
      Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));

  @RegisterExtension static final Chromium chromium = new Chromium();

  @Test
  void takeTheReadmeScreenshots() throws IOException {
    Files.createDirectories(OUT);
    chromium.signInAs("officer", DashboardPage::new);
    save("dashboard.png", 1400);

    chromium.open(MissionsPage.PATH, MissionsPage::new);
    chromium.leavePageBy(
        chromium
                .driver()
                .findElement(
                    By.linkText("Prime Minister's visit to the People's Republic of China"))
            ::click);
    String visit = new MissionRecordPage(chromium).heading();
    if (!visit.startsWith("Prime Minister")) {
      throw new AssertionError("the mission's page did not show: " + visit);
    }
    save("mission.png", 1400);

    String mission = chromium.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    AgreementForm form =
        chromium.open("agreements/edit.xhtml?missionId=" + mission, AgreementForm::new);
    form.title("Arctic shipping co-operation")
        .sector("ARCTIC", true)
        .region("ARCTIC_SHIPPING_ROUTES", true)
        .summary("Chinese vessels on Canadian Arctic shipping routes.");
    form.verdictOnceItReads("Prohibited");
    save("agreement-screening.png", 2200);
    System.out.println("Screenshots in " + OUT.toAbsolutePath().normalize());
  }

  /** The page from its top, 1280 px wide and at most {@code maxHeight} px high. */
  @SuppressWarnings("unchecked")
  private static void save(String name, int maxHeight) throws IOException {
    ChromeDriver driver = (ChromeDriver) chromium.driver();
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    double height = Math.min(size.get("height").doubleValue(), maxHeight);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", 1280, "height", height, "scale", 1)));
    Files.write(OUT.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
  }
}
