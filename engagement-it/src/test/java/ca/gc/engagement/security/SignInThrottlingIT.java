package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.Responses;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing passwords gets slow: after five failures in a row an account is locked, through the
 * sign-in form and through the API alike, even for the right password (a lock that let the right
 * password through would tell it apart); other accounts sign in as before. No timing is asserted:
 * the lock's answer is what a user or a system sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottlingIT {

  private static final int ALLOWED_FAILURES = 5;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.builtEar();
  }

  @ArquillianResource URL deployment;

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
    assertEquals("Too many failed sign-ins", Responses.problem(locked, 429).getString("title"));
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

  private HttpResponse<String> formSignIn(String account, String password) {
    String session =
        RawHttp.cookieValue(
            RawHttp.sessionCookieSet(RawHttp.get(uri("index.xhtml"))).orElseThrow());
    return RawHttp.send(
        RawHttp.request(uri("j_security_check"))
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
