package ca.gc.engagement.security.control;

import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

/**
 * An account as the server's security domain knows it now, with the roles (and so the clearance)
 * its realm gives it, for work done on its behalf when it is not calling: the demo dataset recorded
 * as the demo loader, a change delivered to a subscriber. Run the work with {@code
 * identity.runAs(...)}; every service it calls then sees that account as its caller, clearance
 * filter and all. Only inside an EJB invocation, where the application's security domain is
 * current.
 */
public final class RealmIdentities {

  private RealmIdentities() {}

  /**
   * The account named, authorized as if it had signed in; nothing if the realm does not hold it
   * (any more) or would not let it in.
   *
   * @throws IllegalStateException when the realm cannot be asked (a directory that is down)
   */
  public static Optional<SecurityIdentity> named(String name) {
    try (ServerAuthenticationContext context =
        SecurityDomain.getCurrent().createNewAuthenticationContext()) {
      context.setAuthenticationName(name);
      if (!context.exists() || !context.authorize()) {
        return Optional.empty();
      }
      return Optional.of(context.getAuthorizedIdentity());
    } catch (RealmUnavailableException unavailable) {
      throw new IllegalStateException("The security domain's realm is unavailable", unavailable);
    }
  }
}
