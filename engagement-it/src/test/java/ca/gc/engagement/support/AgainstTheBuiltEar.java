package ca.gc.engagement.support;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that calls the built EAR from outside, over real HTTP, as a department's system, a desk
 * officer's browser or an operator's probe would: it deploys {@link Deployments#builtEar()} as it
 * is (nothing of the test inside it) and runs as a client. Arquillian finds the deployment method
 * and the address field here, in the superclass; a test that needs another deployment (classes of
 * its own inside the WAR, a deployment it deploys itself) declares its own instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class AgainstTheBuiltEar {

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  /** The application's root ({@code http://127.0.0.1:8280/engagement/}). */
  @ArquillianResource protected URL deployment;

  /** The address of a page, or of anything else, under the application's root. */
  protected URI page(String path) {
    return URI.create(deployment.toString()).resolve(path);
  }
}
