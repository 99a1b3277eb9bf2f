package ca.gc.engagement.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR exactly as the build produced it (the one operators deploy), so the tests prove the real
 * artifact; an in-container test adds only its own classes to the WAR inside it.
 */
public final class Deployments {

  private Deployments() {}

  public static EnterpriseArchive builtEar() {
    String path = System.getProperty("engagement.ear");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "System property engagement.ear must name the built EAR (set by the failsafe plugin): "
              + path);
    }
    return ShrinkWrap.create(ZipImporter.class, "engagement.ear")
        .importFrom(new File(path))
        .as(EnterpriseArchive.class);
  }

  /**
   * The built EAR with test classes added to its web module, for in-container tests. Two test-only
   * additions: a web fragment that leaves Arquillian's own servlet outside the sign-in constraint
   * (the tests sign in themselves, see {@link SignedIn}), and access to the server's Elytron API.
   */
  public static EnterpriseArchive builtEarWith(Class<?>... testClasses) {
    EnterpriseArchive ear = builtEar();
    WebArchive web = ear.getAsType(WebArchive.class, "engagement-web.war");
    web.addClasses(testClasses);
    web.addClass(SignedIn.class);
    web.addAsLibrary(
        ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
            .addAsManifestResource(new StringAsset(OPEN_ARQUILLIAN_RUNNER), "web-fragment.xml"));
    web.setManifest(
        new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
    return ear;
  }

  private static final String OPEN_ARQUILLIAN_RUNNER =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_runner_open</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>Arquillian test runner</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;
}
