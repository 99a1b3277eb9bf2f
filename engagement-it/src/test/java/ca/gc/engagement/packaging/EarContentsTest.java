package ca.gc.engagement.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR bundles only what WildFly does not ship: no Jakarta or MicroProfile API, no Hibernate, no
 * JSON-B provider, nothing twice. A library added to the build has to be added here on purpose.
 */
class EarContentsTest {

  private static final Path EAR = Path.of(System.getProperty("engagement.ear", "missing.ear"));

  @Test
  void theEarHoldsItsModulesAndOnlyTheLibrariesWildFlyLacks() throws IOException {
    assertEquals(
        List.of(
            "META-INF/MANIFEST.MF",
            "META-INF/application.xml",
            "engagement-core.jar",
            "engagement-web.war",
            // Ours: the readiness checks, which WildFly registers only at the EAR's top level.
            "lib/engagement-health.jar",
            "lib/org.flywaydb-flyway-core-13.12.1.jar",
            // Flyway's PostgreSQL dialect, so the same migrations run on PostgreSQL; the JDBC
            // driver itself is a server module (org.postgresql), never in the EAR.
            "lib/org.flywaydb-flyway-database-postgresql-13.12.1.jar"),
        entries(Files.newInputStream(EAR), false));
  }

  /**
   * PrimeFaces for the pages; OpenPDF for the briefing book's PDF (WildFly ships no PDF library;
   * 2.0.5 is the last OpenPDF for Java 17, and its optional dependencies stay out).
   */
  @Test
  void theWarBundlesOnlyPrimeFacesOpenPdfAndSwaggerUiAndNeverTheCoreModuleAgain()
      throws IOException {
    try (var ear = new ZipInputStream(Files.newInputStream(EAR))) {
      for (ZipEntry entry; (entry = ear.getNextEntry()) != null; ) {
        if (entry.getName().equals("engagement-web.war")) {
          List<String> libraries =
              entries(ear, true).stream().filter(name -> name.startsWith("WEB-INF/lib/")).toList();
          assertEquals(
              List.of(
                  "WEB-INF/lib/openpdf-2.0.5.jar",
                  "WEB-INF/lib/primefaces-15.0.13-jakarta.jar",
                  // Static files only: the API's documentation page (/api-docs/), served offline.
                  "WEB-INF/lib/swagger-ui-5.30.2.jar"),
              libraries);
          return;
        }
      }
    }
    throw new AssertionError("no engagement-web.war in " + EAR);
  }

  /** The file entries of a zip, sorted, leaving out Maven's own metadata. */
  private static List<String> entries(InputStream zip, boolean keepOpen) throws IOException {
    var names = new TreeSet<String>();
    ZipInputStream in = new ZipInputStream(zip);
    for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
      if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/maven/")) {
        names.add(entry.getName());
      }
    }
    if (!keepOpen) {
      in.close();
    }
    return List.copyOf(names);
  }
}
