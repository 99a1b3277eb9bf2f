package ca.gc.engagement.support.browser;

/** The account part of the page header, as a user reads it. */
public record Header(String user, String role, String clearance) {

  /** A header that shows no one signed in. */
  public static final Header NOBODY = new Header("", "", "");
}
