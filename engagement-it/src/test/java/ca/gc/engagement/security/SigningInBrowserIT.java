package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.browser.Chromium;
import ca.gc.engagement.support.browser.Header;
import ca.gc.engagement.support.browser.Page;
import ca.gc.engagement.support.browser.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Signing in and out of the pages in Chromium, and what the header then says. */
class SigningInBrowserIT extends AgainstTheBuiltEar {

  @RegisterExtension static final Chromium chromium = new Chromium();

  @Test
  void nobodyIsShownAnythingButTheSignInForm() {
    SignInPage page = chromium.openSignedOut();

    assertEquals("Sign in — Engagement Records", page.title());
    assertEquals("Sign in", page.heading());
    assertTrue(page.showsTheForm());
    assertEquals(Header.NOBODY, page.header());
    assertEquals("", page.error());
  }

  @Test
  void anOfficerSignsInThroughTheFormAndTheHeaderSaysWhoWithRoleAndClearance() {
    Page home = chromium.signInAs("officer");

    assertEquals("Dashboard", home.heading(), "signing in lands on the dashboard");
    assertTrue(
        home.path().endsWith("/engagement/index.xhtml") || home.path().endsWith("/engagement/"),
        home.path());
    assertEquals(new Header("officer", "Officer", "Clearance: Protected B"), home.header());
  }

  @Test
  void eachAccountSeesItsOwnRoleAndClearance() {
    Page viewer = chromium.signInAs("viewer");
    assertEquals(new Header("viewer", "Viewer", "Clearance: Protected A"), viewer.header());
    viewer.signOut();
    assertEquals(
        new Header("admin", "Administrator", "Clearance: Secret"),
        chromium.signInAs("admin").header());
  }

  @Test
  void aWrongPasswordKeepsTheUserOnTheSignInPageWithAMessage() {
    SignInPage refused = chromium.openSignedOut().refusedAs("officer", "officer-guess");

    assertEquals("Sign in", refused.heading());
    assertEquals("The user name or password is not right. Try again.", refused.error());
    assertEquals(Header.NOBODY, refused.header());
    assertTrue(refused.showsTheForm());
  }

  @Test
  void signingOutGoesBackToTheSignInPageAndEndsTheSession() {
    SignInPage after = chromium.signInAs("officer").signOut();

    assertEquals("Sign in", after.heading());
    assertEquals(Header.NOBODY, after.header());
    SignInPage again = chromium.open("index.xhtml", SignInPage::new);
    assertEquals("Sign in", again.heading(), "the dashboard is not shown once signed out");
    SignInPage missions = chromium.open("missions/", SignInPage::new);
    assertEquals("Sign in", missions.heading(), "nor the missions");
  }

  @Test
  void anAddressWithNoPageShowsTheNotFoundPageWithTheHeader() {
    chromium.signInAs("viewer");

    Page missing = chromium.open("no-such-page.xhtml", Page::new);

    assertEquals("Page not found", missing.heading());
    assertEquals("Page not found — Engagement Records", missing.title());
    assertEquals("viewer", missing.header().user());
  }
}
