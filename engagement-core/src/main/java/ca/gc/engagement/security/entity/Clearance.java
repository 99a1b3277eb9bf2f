package ca.gc.engagement.security.entity;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Security levels, lowest first: a record carries one, a user holds one, and nobody reads above
 * their own. A user's clearance comes from the realm as a role named {@code clearance-<level>} (for
 * example {@code clearance-protected-b}), so any realm an operator uses (LDAP groups, OIDC claims,
 * a file) can grant it without code (docs/decisions/0003-roles-and-clearances.md).
 */
public enum Clearance {
  UNCLASSIFIED,
  PROTECTED_A,
  PROTECTED_B,
  CONFIDENTIAL,
  SECRET;

  /** The role a realm grants for this clearance. */
  public String roleName() {
    return "clearance-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean covers(Clearance level) {
    return compareTo(level) >= 0;
  }

  /**
   * The highest clearance among the caller's roles; UNCLASSIFIED for a caller granted none.
   *
   * @param hasRole how the caller's roles are asked (SessionContext::isCallerInRole,
   *     HttpServletRequest::isUserInRole)
   */
  public static Clearance of(Predicate<String> hasRole) {
    Clearance[] levels = values();
    for (int i = levels.length - 1; i > 0; i--) {
      if (hasRole.test(levels[i].roleName())) {
        return levels[i];
      }
    }
    return UNCLASSIFIED;
  }
}
