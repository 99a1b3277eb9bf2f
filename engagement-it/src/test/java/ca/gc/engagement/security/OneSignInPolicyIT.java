package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.Deployments;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One owner of the lockout policy: the application's throttle (docs/decisions/0029). WildFly 39's
 * Elytron would by default also disable an identity of the realm after 10 failed sign-ins, for 15
 * minutes, and then answer its right password like a wrong one; the scripts turn that off for the
 * application's realms ({@code wildfly.elytron.realm.<realm>.brute-force.enabled=false}).
 *
 * <p>How this is seen over HTTP: the application's counts live in its deployment, Elytron's in the
 * server's realm. So the EAR is deployed three times, and each deployment sees four wrong passwords
 * for {@code sign-in-probe} (under the application's limit of five): twelve failures in the realm,
 * more than Elytron's ten, and no success between them (a success would clear Elytron's count). The
 * right password then signs in, which it would not if Elytron still locked; five more failures and
 * the application's lock answers, with its 429. {@code sign-in-probe} is a demo account no other
 * test signs in with, so a failure here (Elytron's lock on) locks out no other test. The requests
 * come from 127.0.0.21 (see {@link FromAddress}), an address of their own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneSignInPolicyIT {

  private static final String EAR = "engagement-redeployed";
  private static final String FROM = "127.0.0.21";
  private static final int ELYTRON_DEFAULT_LIMIT = 10;
  private static final int BELOW_THE_APPLICATIONS_LIMIT = 4;

  @Deployment(name = EAR, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource Deployer deployer;

  private static URI api() {
    int offset = Integer.getInteger("engagement.port.offset", 200);
    return URI.create("http://127.0.0.1:" + (8080 + offset) + "/engagement/api/v1/missions");
  }

  @Test
  void elytronsOwnLockIsOffAndTheApplicationsLockIsTheOneThatAnswers() {
    int failures = 0;
    boolean deployed = false;
    try {
      for (int deployment = 0; deployment < 3; deployment++) {
        if (deployed) {
          deployer.undeploy(EAR);
          deployed = false;
        }
        deployer.deploy(EAR);
        deployed = true;
        for (int i = 0; i < BELOW_THE_APPLICATIONS_LIMIT; i++) {
          assertEquals(401, probe("wrong-" + failures).status(), "failure " + (failures + 1));
          failures++;
        }
      }
      assertTrue(failures > ELYTRON_DEFAULT_LIMIT, failures + " failures in the realm");

      assertEquals(
          200,
          probe("sign-in-probe-demo").status(),
          "four wrong then the right one signs in: no lock of Elytron's after "
              + failures
              + " failures");

      for (int i = 0; i < 5; i++) {
        assertEquals(401, probe("again-wrong-" + i).status());
      }
      FromAddress.Answer locked = probe("sign-in-probe-demo");
      assertEquals(429, locked.status(), "the application's lock answers: " + locked.head());
      assertTrue(locked.header("Retry-After").isPresent(), locked.head());
      assertTrue(locked.body().contains("too-many-failed-sign-ins"), locked.body());
    } finally {
      if (deployed) {
        deployer.undeploy(EAR);
      }
    }
  }

  private static FromAddress.Answer probe(String password) {
    return FromAddress.get(
        FROM,
        api(),
        "Authorization: " + RawHttp.basic("sign-in-probe", password),
        "Accept: application/json");
  }
}
