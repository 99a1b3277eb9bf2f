package ca.gc.engagement.security;

import ca.gc.engagement.support.ApiClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * HTTP as it is on the wire, for the security tests: no redirect followed, no cookie kept, every
 * header visible.
 */
final class RawHttp {

  private static final ApiClient WIRE = ApiClient.wire();

  private RawHttp() {}

  static HttpRequest.Builder request(URI uri) {
    return WIRE.request(uri);
  }

  static String basic(String account) {
    return basic(account, account + "-demo");
  }

  static String basic(String account, String password) {
    return ApiClient.basic(account, password);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    return WIRE.send(request);
  }

  static HttpResponse<String> get(URI uri) {
    return send(request(uri).GET());
  }

  /** The session cookie the response sets (its whole Set-Cookie header), if any. */
  static Optional<String> sessionCookieSet(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .findFirst();
  }

  /** {@code JSESSIONID=<id>}, as a browser sends it back. */
  static String cookieValue(String setCookie) {
    int end = setCookie.indexOf(';');
    return end < 0 ? setCookie : setCookie.substring(0, end);
  }

  static String form(String... namesAndValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        body.append('&');
      }
      body.append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}
