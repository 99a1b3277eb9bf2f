package ca.gc.engagement.security.entity;

/**
 * The roles of the department's users, as the realm names them. Constants rather than an enum
 * because {@code @RolesAllowed} takes strings; each role includes what the one before it may do.
 *
 * <ul>
 *   <li>viewer: reads records at or below their clearance;
 *   <li>officer: also creates and edits them;
 *   <li>approver: also decides exemptions and sign-off transitions;
 *   <li>admin: also manages sectors and carve-outs.
 * </ul>
 */
public final class Role {

  public static final String VIEWER = "viewer";
  public static final String OFFICER = "officer";
  public static final String APPROVER = "approver";
  public static final String ADMIN = "admin";

  private Role() {}
}
