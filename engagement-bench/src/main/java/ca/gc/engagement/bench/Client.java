package ca.gc.engagement.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The harness's own sequential client: sign-in, counting statements, the timed exports. */
final class Client {

  static final String VIEWER = basic("viewer", "viewer-demo");
  static final String OFFICER = basic("officer", "officer-demo");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          // HTTP/1.1 as wrk speaks it: over an upgraded HTTP/2 connection the server went away
          // (GOAWAY) under a request of minutes at 1 000 000 meetings.
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  Client(String base) {
    this.base = base;
  }

  static String basic(String user, String password) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs in through the pages' form, as a desk officer does, and answers the session cookie
   * ({@code JSESSIONID=…}) a browser would then send.
   */
  String signIn(String user, String password) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/engagement/")).build(),
        HttpResponse.BodyHandlers.discarding());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<Void> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/engagement/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException("Signing in answered " + signedIn.statusCode());
    }
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("JSESSIONID")) {
        return "JSESSIONID=" + cookie.getValue();
      }
    }
    throw new IllegalStateException("Signing in set no session cookie");
  }

  /** One request as the operation makes it; the body, failing on anything but success. */
  byte[] send(Operation op, String path, String credentials)
      throws IOException, InterruptedException {
    return exchange(op, path, credentials).body();
  }

  /** The ETag the operation's answer carries. */
  String tag(Operation op, String path, String credentials)
      throws IOException, InterruptedException {
    return exchange(op, path, credentials)
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new IllegalStateException(op.name() + " " + path + " has no ETag"));
  }

  /** One request; success is 2xx, or 304 when the operation sends a tag it holds. */
  private HttpResponse<byte[]> exchange(Operation op, String path, String credentials)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (credentials != null) {
      request.header(
          op.who() == Operation.Who.SESSION ? "Cookie" : "Authorization",
          op.who() == Operation.Who.SESSION ? credentials : "Basic " + credentials);
    }
    if (op.accept() != null) {
      request.header("Accept", op.accept());
    }
    if (op.header() != null) {
      int colon = op.header().indexOf(':');
      request.header(op.header().substring(0, colon), op.header().substring(colon + 1).strip());
    }
    if (op.post()) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(op.body()));
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    boolean held =
        response.statusCode() == 304
            && op.header() != null
            && op.header().startsWith("If-None-Match");
    if (response.statusCode() >= 300 && !held) {
      throw new IllegalStateException(
          op.name()
              + " "
              + path
              + " answered "
              + response.statusCode()
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
    return response;
  }
}
