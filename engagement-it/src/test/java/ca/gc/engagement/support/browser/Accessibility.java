package ca.gc.engagement.support.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package's axe.min.js, which the Deque library bundles and injects) run on the
 * page the browser shows, against the WCAG 2.1 A and AA rules a government intranet must meet. A
 * serious or critical violation fails the test with what a developer needs to fix it: the rule, its
 * impact, the elements and the rule's help page. Moderate and minor findings do not fail.
 */
public final class Accessibility {

  /** WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

  private Accessibility() {}

  /** Runs axe on the current page; throws {@link AssertionError} on a serious or critical one. */
  public static Results check(WebDriver driver) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      throw new AssertionError(
          "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    }
    List<Rule> failing =
        results.getViolations().stream()
            .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
            .toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(
          "Accessibility (axe-core "
              + results.getTestEngine().getVersion()
              + ", "
              + String.join(", ", WCAG_21_AA)
              + ") on "
              + driver.getCurrentUrl()
              + ":\n"
              + failing.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
    }
    return results;
  }

  private static String describe(Rule rule) {
    return "- "
        + rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + "\n  "
        + rule.getHelpUrl()
        + "\n"
        + rule.getNodes().stream()
            .map(node -> "  at " + node.getTarget() + summary(node))
            .collect(Collectors.joining("\n"));
  }

  private static String summary(CheckedNode node) {
    String summary = node.getFailureSummary();
    return summary == null ? "" : ": " + summary.replace('\n', ' ');
  }
}
