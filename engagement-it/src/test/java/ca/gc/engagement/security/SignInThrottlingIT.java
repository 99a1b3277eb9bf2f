package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.Answers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords gets slow: after five failures in a row an account is locked, through every
 * door that takes credentials (the sign-in form at any path ending in {@code j_security_check},
 * Basic on the API and Basic on pages), even for the right password (a lock that let the right
 * password through would tell it apart); other accounts sign in as before. No timing is asserted:
 * the lock's answer is what a user or a system sees (docs/decisions/0029-one-sign-in-policy.md).
 *
 * <p>Whose failures, from where. The counts live in the deployment (each test class deploys the EAR
 * anew), so a lock earned here ends with this class; within it, the tests share one count per
 * account and per address. Accounts: the form test locks {@code viewer}, the API test {@code
 * approver}, the page test {@code sign-in-probe} (a demo account no one signs in with), and the
 * other lockouts use names no realm knows. Addresses: the tests here that run through the JDK's
 * client come from 127.0.0.1, and together fail at most 23 times there (5 + 5 + 8 + 5), under the
 * address limit of 30, so no test here is ever refused for its address. Every test that needs an
 * address lock, or more failures, sends from an address of its own (127.0.0.11 and up, see {@link
 * FromAddress}); the ITs run with no trusted proxy, so forwarded headers cannot do it.
 */
class SignInThrottlingIT extends AgainstTheBuiltEar {

  private static final int ALLOWED_FAILURES = 5;
  private static final int ADDRESS_FAILURES = 30;

  private URI uri(String path) {
    return URI.create(deployment.toString()).resolve(path);
  }

  @Test
  void afterFiveFailedFormSignInsTheAccountIsLockedAndThePageSaysTryLater() {
    for (int i = 0; i < ALLOWED_FAILURES; i++) {
      HttpResponse<String> refused = formSignIn("viewer", "wrong-" + i);
      assertEquals(200, refused.statusCode());
      assertTrue(
          refused.body().contains("The user name or password is not right"),
          "failure " + (i + 1) + " says the password is wrong");
    }

    HttpResponse<String> locked = formSignIn("viewer", "viewer-demo");

    assertEquals(303, locked.statusCode(), "even the right password is not checked now");
    assertTrue(RawHttp.sessionCookieSet(locked).isEmpty(), "no session is opened");
    String page = locked.headers().firstValue("Location").orElseThrow();
    String shown = RawHttp.get(uri(page)).body();
    assertEquals(
        "Too many failed sign-ins. Try again in a few minutes.",
        Jsoup.parse(shown).select("#throttled[role=alert]").text());

    HttpResponse<String> other = formSignIn("officer", "officer-demo");
    assertEquals(302, other.statusCode(), "another account signs in as before");
    assertFalse(
        other.headers().firstValue("Location").orElse("").contains("throttled"),
        "another account is not throttled");
  }

  @Test
  void afterFiveFailedApiSignInsTheAccountGets429WithRetryAfter() {
    for (int i = 0; i < ALLOWED_FAILURES; i++) {
      assertEquals(401, api("approver", "wrong-" + i).statusCode(), "failure " + (i + 1));
    }

    HttpResponse<String> locked = api("approver", "approver-demo");

    assertEquals(429, locked.statusCode(), locked.body());
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    assertEquals("Too many failed sign-ins", Answers.problem(locked, 429).getString("title"));
    assertFalse(locked.body().contains("\"items\""), "no records while locked");

    assertEquals(200, api("admin", "admin-demo").statusCode(), "another account is not locked");
  }

  @Test
  void fewerFailuresThanTheLimitLeaveTheAccountOpenAndASuccessStartsTheCountAgain() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < ALLOWED_FAILURES - 1; i++) {
        assertEquals(401, api("admin", "wrong-" + i).statusCode());
      }
      assertEquals(200, api("admin", "admin-demo").statusCode(), "round " + round);
    }
  }

  @Test
  void basicCredentialsOnAPageAreCountedAndLockedWith429() {
    String from = "127.0.0.11";
    for (int i = 0; i < ALLOWED_FAILURES; i++) {
      assertEquals(
          401,
          FromAddress.get(from, uri("index.xhtml"), basic("page-guesser", "wrong-" + i)).status(),
          "failure " + (i + 1));
    }

    FromAddress.Answer locked =
        FromAddress.get(from, uri("index.xhtml"), basic("page-guesser", "wrong-5"));

    assertEquals(429, locked.status(), locked.head());
    long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    assertTrue(locked.body().contains("too-many-failed-sign-ins"), locked.body());
  }

  @Test
  void aLockEarnedOnTheApiRefusesTheRightPasswordOnAPage() {
    String from = "127.0.0.12";
    for (int i = 0; i < ALLOWED_FAILURES; i++) {
      assertEquals(
          401,
          FromAddress.get(from, uri("api/v1/missions"), basic("sign-in-probe", "wrong-" + i))
              .status());
    }

    FromAddress.Answer page =
        FromAddress.get(from, uri("index.xhtml"), basic("sign-in-probe", "sign-in-probe-demo"));

    assertEquals(429, page.status(), "the right password is not even checked: " + page.head());
    assertTrue(page.header("Retry-After").isPresent(), page.head());
    assertFalse(page.body().contains("<html"), "no page while locked");
  }

  @Test
  void aFormPostToAnyPathEndingInJSecurityCheckIsCounted() {
    for (int i = 0; i < ALLOWED_FAILURES; i++) {
      HttpResponse<String> refused = formSignIn("x/j_security_check", "form-guesser", "wrong-" + i);
      assertEquals(200, refused.statusCode(), "failure " + (i + 1));
      assertTrue(
          refused.body().contains("The user name or password is not right"),
          "failure " + (i + 1) + " was a sign-in the form mechanism checked");
    }

    HttpResponse<String> locked = formSignIn("j_security_check", "form-guesser", "wrong-5");
    assertEquals(303, locked.statusCode(), "locked after five posts to x/j_security_check");
    assertTrue(locked.headers().firstValue("Location").orElse("").contains("throttled"));
    HttpResponse<String> elsewhere =
        formSignIn("missions/j_security_check", "form-guesser", "wrong-6");
    assertEquals(303, elsewhere.statusCode(), "and refused at the other path too");
  }

  /**
   * No trusted proxy is configured (the default), so X-Forwarded-For is ignored: thirty failures
   * from 127.0.0.14 naming 127.0.0.15 in the header lock 127.0.0.14, the real peer, and leave
   * 127.0.0.15 alone.
   */
  @Test
  void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
    for (int i = 0; i < ADDRESS_FAILURES; i++) {
      assertEquals(
          401,
          FromAddress.get(
                  "127.0.0.14",
                  uri("api/v1/missions"),
                  basic("xff-guesser-" + i, "wrong"),
                  "X-Forwarded-For: 127.0.0.15")
              .status(),
          "failure " + (i + 1));
    }

    assertEquals(
        429,
        FromAddress.get("127.0.0.14", uri("api/v1/missions"), basic("xff-fresh", "wrong")).status(),
        "the real peer is locked");
    assertEquals(
        401,
        FromAddress.get("127.0.0.15", uri("api/v1/missions"), basic("xff-fresh", "wrong")).status(),
        "the forged address is not");
  }

  /**
   * An office behind one address: someone there guesses at thirty names, which locks the address
   * for every name unknown there, but an account that signed in from it carries on.
   */
  @Test
  void anAccountThatSignedInFromAnAddressIsNotLockedOutByThatAddressesLock() {
    String office = "127.0.0.13";
    assertEquals(
        200,
        FromAddress.get(office, uri("api/v1/missions"), basic("officer", "officer-demo")).status());
    for (int i = 0; i < ADDRESS_FAILURES; i++) {
      assertEquals(
          401,
          FromAddress.get(office, uri("api/v1/missions"), basic("office-guesser-" + i, "wrong"))
              .status(),
          "failure " + (i + 1));
    }
    assertEquals(
        429,
        FromAddress.get(office, uri("api/v1/missions"), basic("admin", "admin-demo")).status(),
        "the address is locked for an account that never signed in from it (not even checked)");

    assertEquals(
        200,
        FromAddress.get(office, uri("api/v1/missions"), basic("officer", "officer-demo")).status(),
        "the officer who signed in from here still does, through the API");
    assertEquals(
        200,
        FromAddress.get(office, uri("index.xhtml"), basic("officer", "officer-demo")).status(),
        "and on a page");
  }

  private static String basic(String account, String password) {
    return "Authorization: " + RawHttp.basic(account, password);
  }

  private HttpResponse<String> formSignIn(String account, String password) {
    return formSignIn("j_security_check", account, password);
  }

  private HttpResponse<String> formSignIn(String action, String account, String password) {
    String session =
        RawHttp.cookieValue(
            RawHttp.sessionCookieSet(RawHttp.get(uri("index.xhtml"))).orElseThrow());
    return RawHttp.send(
        RawHttp.request(uri(action))
            .header("Cookie", session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    RawHttp.form("j_username", account, "j_password", password))));
  }

  private HttpResponse<String> api(String account, String password) {
    return RawHttp.send(
        RawHttp.request(uri("api/v1/missions"))
            .header("Authorization", RawHttp.basic(account, password))
            .header("Accept", "application/json")
            .GET());
  }
}
