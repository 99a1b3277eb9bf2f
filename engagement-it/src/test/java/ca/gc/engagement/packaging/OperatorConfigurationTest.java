package ca.gc.engagement.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The script an operator applies (configure-engagement.cli) creates no account and no demo data:
 * the demo accounts and the demo dataset come only from the embedded default's demo-only.cli. The
 * same reading of the demo script finds them, so this test would see them if they moved.
 */
class OperatorConfigurationTest {

  private static final Path WILDFLY = Path.of("..", "engagement-ear", "src", "main", "wildfly");
  private static final Path OPERATORS = WILDFLY.resolve("production/configure-engagement.cli");
  private static final Path DEMO_ONLY = WILDFLY.resolve("embedded/demo-only.cli");

  /** A CLI operation that brings in an account, a password or the demo dataset. */
  private static final Pattern DEMO =
      Pattern.compile(
          "add-identity|set-password|add-identity-attribute|properties-realm|users-properties"
              + "|identity-realm|system-property=engagement\\.demo|demo-data|demo-loader"
              + "|add-user|engagement-demo",
          Pattern.CASE_INSENSITIVE);

  @Test
  void theOperatorsScriptCreatesNoAccountAndNoDemoData() throws IOException {
    assertEquals(List.of(), demoOperations(OPERATORS));
  }

  @Test
  void theOperatorsRealmStartsEmptyAndIsTheDomainsOnlyRealm() throws IOException {
    List<String> operations = operations(OPERATORS);
    assertTrue(
        operations.stream()
            .anyMatch(
                o -> o.startsWith("/subsystem=elytron/filesystem-realm=EngagementRealm:add(")),
        "the script creates the (empty) file-system realm");
    String domain =
        operations.stream()
            .filter(o -> o.startsWith("/subsystem=elytron/security-domain=EngagementDomain:add("))
            .findFirst()
            .orElseThrow();
    assertTrue(domain.contains("realms=[{realm=EngagementRealm,"), domain);
    assertEquals(1, domain.split("\\{realm=", -1).length - 1, "one realm only: " + domain);
  }

  @Test
  void theDemoAccountsAndDataComeOnlyFromTheEmbeddedDefaultsScript() throws IOException {
    List<String> demo = demoOperations(DEMO_ONLY);
    assertTrue(demo.stream().anyMatch(o -> o.contains("properties-realm")), demo.toString());
    assertTrue(
        demo.stream().anyMatch(o -> o.contains("system-property=engagement.demo-data:add")),
        demo.toString());
  }

  private static List<String> demoOperations(Path script) throws IOException {
    return operations(script).stream().filter(o -> DEMO.matcher(o).find()).toList();
  }

  /** The script's operations, continuation lines joined, comments and blank lines left out. */
  static List<String> operations(Path script) throws IOException {
    List<String> operations = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(script)) {
      String text = line.strip();
      if (current.isEmpty() && (text.isEmpty() || text.startsWith("#"))) {
        continue;
      }
      if (text.endsWith("\\")) {
        current.append(text, 0, text.length() - 1).append(' ');
        continue;
      }
      current.append(text);
      operations.add(
          current.toString().replaceAll("\\s+", " ").replaceAll("([(,]) ", "$1").strip());
      current.setLength(0);
    }
    return operations;
  }
}
