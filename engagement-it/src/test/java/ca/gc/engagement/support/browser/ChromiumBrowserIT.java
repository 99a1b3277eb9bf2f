package ca.gc.engagement.support.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The browser tier itself, on two local pages (no server): axe-core fails a page on the serious and
 * critical WCAG 2.1 A/AA violations it must catch and says where they are, passes a page without
 * them, and a failing browser test leaves its screenshot and page source behind.
 */
class ChromiumBrowserIT {

  @RegisterExtension static final Chromium chromium = new Chromium();

  @Test
  void axeFailsThePageNamingEachRuleItsImpactTheElementAndTheHelpPage() throws Exception {
    chromium.driver().get(local("violations.html"));

    AssertionError failure =
        assertThrows(AssertionError.class, () -> Accessibility.check(chromium.driver()));

    String report = failure.getMessage();
    assertTrue(report.contains("axe-core 4.11.1"), report);
    assertTrue(report.contains("- image-alt (critical)"), report);
    assertTrue(report.contains("at [#no-alt]"), report);
    assertTrue(report.contains("https://dequeuniversity.com/rules/axe/4.11/image-alt"), report);
    assertTrue(report.contains("- color-contrast (serious)"), report);
    assertTrue(report.contains("at [#faint]"), report);
    assertTrue(report.contains("- autocomplete-valid (serious)"), report);
    assertTrue(report.contains("at [#email]"), report);
  }

  @Test
  void aPageThatMeetsWcag21AaPassesAndEveryWcag21AaTagWasChecked() throws Exception {
    chromium.driver().get(local("accessible.html"));

    Results results = Accessibility.check(chromium.driver());

    assertEquals(List.of(), results.getViolations().stream().map(Rule::getId).toList());
    List<Rule> run =
        Stream.of(
                results.getPasses(),
                results.getViolations(),
                results.getIncomplete(),
                results.getInapplicable())
            .flatMap(List::stream)
            .toList();
    for (Rule rule : run) {
      assertTrue(
          rule.getTags().stream().anyMatch(Accessibility.WCAG_21_AA::contains),
          "only WCAG 2.1 A/AA rules run: " + rule.getId() + " " + rule.getTags());
    }
    Set<String> tagsRun =
        run.stream().flatMap(rule -> rule.getTags().stream()).collect(Collectors.toSet());
    // axe 4.11's one wcag21a rule (label-content-name-mismatch) is experimental, so off.
    assertTrue(tagsRun.containsAll(List.of("wcag2a", "wcag2aa", "wcag21aa")), "run: " + tagsRun);
    assertTrue(
        results.getPasses().stream().anyMatch(rule -> rule.getId().equals("color-contrast")),
        "contrast was checked and passed");
  }

  @Test
  void aFailingBrowserTestLeavesItsScreenshotAndPageSourceUnderTarget() throws IOException {
    Path evidence =
        Path.of(System.getProperty("engagement.build.directory", "target"))
            .resolve("browser-failures/FailingProbe/failsOnAPageItCanShow");
    Path screenshot = Path.of(evidence + ".png");
    Path source = Path.of(evidence + ".html");
    Files.deleteIfExists(screenshot);
    Files.deleteIfExists(source);

    probing = true;
    try {
      EngineTestKit.engine("junit-jupiter")
          .selectors(selectMethod(FailingProbe.class, "failsOnAPageItCanShow"))
          .execute()
          .testEvents()
          .assertStatistics(stats -> stats.started(1).failed(1));
    } finally {
      probing = false;
    }

    byte[] png = Arrays.copyOf(Files.readAllBytes(screenshot), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, png);
    assertTrue(Files.readString(source).contains("An accessible page"), "the page source");
    // Not a real failure: leave target/browser-failures to the tests that really fail.
    Files.delete(screenshot);
    Files.delete(source);
    Files.delete(screenshot.getParent());
  }

  private static volatile boolean probing;

  static boolean probing() {
    return probing;
  }

  /** A browser test that fails on purpose; it runs only inside the test above. */
  @EnabledIf("ca.gc.engagement.support.browser.ChromiumBrowserIT#probing")
  static class FailingProbe {

    @RegisterExtension static final Chromium probe = new Chromium();

    @Test
    void failsOnAPageItCanShow() throws Exception {
      probe.driver().get(local("accessible.html"));
      throw new AssertionError("failing on purpose");
    }
  }

  private static String local(String page) throws URISyntaxException {
    return ChromiumBrowserIT.class.getResource("/accessibility/" + page).toURI().toString();
  }
}
