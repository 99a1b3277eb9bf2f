package ca.gc.engagement.support;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * In-container work done as a user who really signed in: the password is checked by the
 * application's security domain (the same realm as the pages and the API), and the EJBs then see
 * that identity with its roles and clearance.
 */
public final class SignedIn {

  private SignedIn() {}

  /** Signs in with a demo account (password: the account name followed by "-demo"). */
  public static <T> T as(String account, Callable<T> work) {
    return as(account, account + "-demo", work);
  }

  public static <T> T as(String account, String password, Callable<T> work) {
    try {
      SecurityIdentity identity =
          SecurityDomain.getCurrent()
              .authenticate(account, new PasswordGuessEvidence(password.toCharArray()));
      return identity.runAs(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void run(String account, Runnable work) {
    as(
        account,
        () -> {
          work.run();
          return null;
        });
  }
}
