package ca.gc.engagement.security.entity;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Security levels, lowest first. Every record carries one; every user holds one as their clearance,
 * and nobody reads or writes above it. A user's clearance comes from the realm as a role named
 * {@code clearance-<level>} (for example {@code clearance-protected-b}), so whatever realm an
 * operator wires in (LDAP groups, OIDC claims, a file) grants it without code
 * (docs/decisions/0003-roles-and-clearances.md). Stored as its {@link #level()} so that "at or
 * below" is a plain comparison in SQL.
 */
public enum Classification {
  UNCLASSIFIED,
  PROTECTED_A,
  PROTECTED_B,
  CONFIDENTIAL,
  SECRET;

  /** 0 for UNCLASSIFIED up to 4 for SECRET: the stored value. */
  public int level() {
    return ordinal();
  }

  public static Classification ofLevel(int level) {
    Classification[] levels = values();
    if (level < 0 || level >= levels.length) {
      throw new IllegalArgumentException("No classification at level " + level);
    }
    return levels[level];
  }

  /** The role through which a realm grants this level as a clearance. */
  public String clearanceRole() {
    return "clearance-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a holder of this clearance may see a record of the given classification. */
  public boolean covers(Classification record) {
    return compareTo(record) >= 0;
  }

  /**
   * The highest clearance among a caller's roles; UNCLASSIFIED for a caller granted none, so a
   * missing grant fails safe.
   *
   * @param hasRole how the caller's roles are asked (EJBContext::isCallerInRole,
   *     HttpServletRequest::isUserInRole)
   */
  public static Classification clearanceOf(Predicate<String> hasRole) {
    Classification[] levels = values();
    for (int i = levels.length - 1; i > 0; i--) {
      if (hasRole.test(levels[i].clearanceRole())) {
        return levels[i];
      }
    }
    return UNCLASSIFIED;
  }
}
