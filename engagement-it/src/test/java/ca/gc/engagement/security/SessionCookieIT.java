package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The session cookie cannot be read by scripts nor sent along by another site's forms, and signing
 * in gives a new session id, so that an id planted before (session fixation) is worth nothing.
 */
class SessionCookieIT extends AgainstTheBuiltEar {

  private URI uri(String path) {
    return URI.create(deployment.toString()).resolve(path);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> signInPage = RawHttp.get(uri("index.xhtml"));

    String cookie = RawHttp.sessionCookieSet(signInPage).orElseThrow();
    String attributes = cookie.toLowerCase(Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(attributes.contains("; samesite=lax"), cookie);
  }

  @Test
  void signingInChangesTheSessionIdAndTheOldIdIsNotSignedIn() {
    HttpResponse<String> signInPage = RawHttp.get(uri("index.xhtml"));
    String before = RawHttp.cookieValue(RawHttp.sessionCookieSet(signInPage).orElseThrow());

    HttpResponse<String> signedIn =
        RawHttp.send(
            RawHttp.request(uri("j_security_check"))
                .header("Cookie", before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        RawHttp.form("j_username", "officer", "j_password", "officer-demo"))));

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    String after =
        RawHttp.cookieValue(
            RawHttp.sessionCookieSet(signedIn)
                .orElseThrow(() -> new AssertionError("no new session cookie at sign-in")));
    assertNotEquals(before, after);

    HttpResponse<String> withNewId =
        RawHttp.send(RawHttp.request(uri("index.xhtml")).header("Cookie", after).GET());
    assertTrue(withNewId.body().contains("officer"), "signed in with the new id");
    assertFalse(withNewId.body().contains("j_security_check"), "signed in with the new id");

    HttpResponse<String> withOldId =
        RawHttp.send(RawHttp.request(uri("index.xhtml")).header("Cookie", before).GET());
    assertTrue(
        withOldId.body().contains("j_security_check"),
        "the id from before signing in shows the sign-in form");
  }
}
