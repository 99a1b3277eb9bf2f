package ca.gc.engagement.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every kind of answer the application gives (the sign-in page, a page, a static resource, the API,
 * the API's refusals, error pages) carries the browser-side protections, and no answer, the
 * server's own included, names the server, its version or a stack trace.
 */
class SecurityHeadersIT extends AgainstTheBuiltEar {

  /** Anything that would tell an attacker what runs here, or how it failed. */
  private static final Pattern REVEALING =
      Pattern.compile(
          "wildfly|undertow|jboss|mojarra|resteasy|hibernate|yasson|\\.java:\\d+|caused by|"
              + "\\bat [a-z]+\\.[a-z.]+\\(|[a-z]+\\.[a-z.]+exception:|\\d+\\.\\d+\\.\\d+\\.(final|ga)",
          Pattern.CASE_INSENSITIVE);

  private URI uri(String path) {
    return URI.create(deployment.toString()).resolve(path);
  }

  private HttpResponse<String> get(String path, String account) {
    var request = RawHttp.request(uri(path)).GET();
    if (account != null) {
      request.header("Authorization", RawHttp.basic(account));
    }
    return RawHttp.send(request);
  }

  @Test
  void everyKindOfAnswerCarriesTheProtections() {
    HttpResponse<String> signIn = get("", null);
    assertTrue(signIn.body().contains("j_security_check"), "the sign-in form is what shows");
    String stylesheet =
        Jsoup.parse(signIn.body(), uri("").toString())
            .select("link[rel=stylesheet][href*=jakarta.faces.resource]")
            .first()
            .absUrl("href");

    List<HttpResponse<String>> answers =
        List.of(
            signIn,
            get("login.xhtml?failed=true", null),
            get("index.xhtml", "officer"),
            get("missions/", "officer"),
            get("no-such-page.xhtml", "officer"),
            get("api/v1/missions", "viewer"),
            get("api/v1/missions", null),
            get("api/v1/missions/999999999", "viewer"),
            get("api/v1/missions?size=nonsense", "viewer"),
            RawHttp.send(
                RawHttp.request(uri("api/v1/missions"))
                    .header("Authorization", RawHttp.basic("viewer", "wrong"))
                    .GET()),
            RawHttp.get(URI.create(stylesheet)));

    List<Executable> checks = new ArrayList<>();
    for (HttpResponse<String> answer : answers) {
      checks.add(() -> assertProtected(answer));
    }
    assertAll(checks);
  }

  /**
   * Issue 15, item 4: no cache (browser, disk, proxy) may keep what a signed-in reader was given:
   * the API's JSON, its exports, the briefing book, pages, a record and error pages all say {@code
   * Cache-Control: no-store}; the pages' static resources may stay cacheable.
   */
  @Test
  void everySignedInAnswerSaysNoStoreButStaticResourcesMayBeCached() {
    HttpResponse<String> missions = get("api/v1/missions?size=1", "approver");
    var id =
        Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(missions.body()).results().findFirst();
    assertTrue(id.isPresent(), missions.body());
    String mission = id.get().group(1);
    HttpResponse<String> meetings = get("api/v1/meetings?size=1", "approver");
    var meetingId =
        Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(meetings.body()).results().findFirst();
    assertTrue(meetingId.isPresent(), meetings.body());

    List<HttpResponse<String>> answers =
        List.of(
            missions,
            get("api/v1/missions/" + mission, "approver"),
            get("api/v1/meetings/" + meetingId.get().group(1), "approver"),
            get("api/v1/meetings?country=CN", "viewer"),
            get("api/v1/missions?format=csv", "approver"),
            get("api/v1/meetings?format=ics", "approver"),
            get("api/v1/missions/" + mission + "/briefing", "approver"),
            get("api/v1/missions/999999999", "viewer"),
            get("index.xhtml", "officer"),
            get("missions/", "officer"),
            get("missions/mission.xhtml?id=" + mission, "approver"),
            get("no-such-page.xhtml", "officer"));
    List<Executable> checks = new ArrayList<>();
    for (HttpResponse<String> answer : answers) {
      String what = answer.uri() + " (" + answer.statusCode() + ")";
      checks.add(
          () ->
              assertEquals(List.of("no-store"), answer.headers().allValues("Cache-Control"), what));
    }
    assertAll(checks);
    assertEquals(200, answers.get(6).statusCode(), "the briefing book itself");
    assertTrue(
        answers
            .get(6)
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/pdf"));

    HttpResponse<String> signIn = get("", null);
    String stylesheet =
        Jsoup.parse(signIn.body(), uri("").toString())
            .select("link[rel=stylesheet][href*=jakarta.faces.resource]")
            .first()
            .absUrl("href");
    HttpResponse<String> resource = RawHttp.get(URI.create(stylesheet));
    assertEquals(200, resource.statusCode());
    assertFalse(
        resource.headers().allValues("Cache-Control").contains("no-store"),
        "a static resource may be cached: " + resource.headers().map());
  }

  @Test
  void thePolicyForbidsFramingPluginsForeignScriptsAndForeignFormTargets() {
    String policy = get("", null).headers().firstValue("Content-Security-Policy").orElse("");

    assertAll(
        () -> assertTrue(policy.contains("default-src 'self'"), policy),
        () -> assertTrue(policy.contains("frame-ancestors 'none'"), policy),
        () -> assertTrue(policy.contains("object-src 'none'"), policy),
        () -> assertTrue(policy.contains("base-uri 'self'"), policy),
        () -> assertTrue(policy.contains("form-action 'self'"), policy),
        () -> assertFalse(policy.contains("*"), "no wildcard source: " + policy),
        () -> assertFalse(policy.contains("http:"), "no foreign scheme source: " + policy),
        () -> assertFalse(policy.contains("https:"), "no foreign scheme source: " + policy));
  }

  @Test
  void errorAnswersNameNoServerVersionAndShowNoStackTrace() {
    List<HttpResponse<String>> errors =
        List.of(
            get("no-such-page.xhtml", "officer"),
            get("api/v1/missions/999999999", "viewer"),
            get("api/v1/missions/not-a-number", "viewer"),
            get("api/v1/no-such-resource", "viewer"),
            RawHttp.send(
                RawHttp.request(uri("api/v1/missions"))
                    .header("Authorization", RawHttp.basic("officer"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": [}"))),
            RawHttp.send(
                RawHttp.request(uri("api/v1/missions"))
                    .header("Authorization", RawHttp.basic("officer"))
                    .DELETE()),
            RawHttp.send(
                RawHttp.request(uri("index.xhtml"))
                    .header("Authorization", RawHttp.basic("officer"))
                    .method("PROPFIND", HttpRequest.BodyPublishers.noBody())),
            // The server's own answers, outside the application: no page of ours is involved.
            RawHttp.get(uri("/no-such-application/")),
            RawHttp.send(
                RawHttp.request(uri("/")).method("TRACE", HttpRequest.BodyPublishers.noBody())));

    List<Executable> checks = new ArrayList<>();
    for (HttpResponse<String> error : errors) {
      checks.add(
          () -> {
            assertTrue(error.statusCode() >= 400, error.uri() + " answered " + error.statusCode());
            assertNamesNoServer(error);
            var revealing = REVEALING.matcher(error.body());
            assertFalse(
                revealing.find(),
                error.request().method()
                    + " "
                    + error.uri()
                    + " ("
                    + error.statusCode()
                    + ") reveals \""
                    + (revealing.hitEnd() ? "" : revealing.group())
                    + "\":\n"
                    + error.body());
          });
    }
    assertAll(checks);
  }

  @Test
  void traceEchoesNoHeaderBack() {
    HttpResponse<String> trace =
        RawHttp.send(
            RawHttp.request(uri(""))
                .header("Authorization", RawHttp.basic("officer"))
                .header("X-Probe", "secret-probe")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));

    assertFalse(trace.body().contains("secret-probe"), trace.body());
    assertFalse(trace.body().contains("Basic "), trace.body());
    assertNamesNoServer(trace);
  }

  private static void assertProtected(HttpResponse<String> answer) {
    String what = answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")";
    assertAll(
        what,
        () ->
            assertTrue(
                header(answer, "Content-Security-Policy")
                    .orElse("")
                    .contains("frame-ancestors 'none'"),
                what + ": Content-Security-Policy " + header(answer, "Content-Security-Policy")),
        () -> assertEquals(Optional.of("nosniff"), header(answer, "X-Content-Type-Options"), what),
        () -> assertEquals(Optional.of("DENY"), header(answer, "X-Frame-Options"), what),
        () -> assertEquals(Optional.of("same-origin"), header(answer, "Referrer-Policy"), what),
        () -> assertNamesNoServer(answer));
  }

  private static void assertNamesNoServer(HttpResponse<String> answer) {
    String what = answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")";
    assertEquals(Optional.empty(), header(answer, "Server"), what);
    assertEquals(Optional.empty(), header(answer, "X-Powered-By"), what);
  }

  private static Optional<String> header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name);
  }
}
