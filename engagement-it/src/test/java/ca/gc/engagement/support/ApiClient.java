package ca.gc.engagement.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A department's system calling API v1 over real HTTP, as one of the demo accounts (or nobody).
 *
 * <p>It is also the one HTTP client of the ITs: the options below make it the other callers they
 * play (a page or probe reader that sends no Accept of its own, a browser that keeps cookies and
 * follows redirects, a caller that waits longer), so every request goes out and fails to get an
 * answer the same way. Each option answers a new client; the one it is called on stays as it was.
 */
public final class ApiClient {

  private static final String API_MEDIA_TYPES = "application/json, application/problem+json";

  private final Settings settings;
  private HttpClient http;

  /** What a client is: who it is, what it asks for, how long it waits, how it treats redirects. */
  private record Settings(
      URI base,
      String authorization,
      String accept,
      Duration patience,
      HttpClient.Redirect redirects,
      boolean cookies) {}

  private ApiClient(Settings settings) {
    this.settings = settings;
  }

  /** Built at the first request, so that options chained on the way build none in vain. */
  private synchronized HttpClient http() {
    if (http == null) {
      var builder =
          HttpClient.newBuilder()
              .followRedirects(settings.redirects())
              .connectTimeout(Duration.ofSeconds(10));
      if (settings.cookies()) {
        builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
      }
      http = builder.build();
    }
    return http;
  }

  private static ApiClient of(URL deployment, String authorization) {
    return new ApiClient(
        new Settings(
            deployment == null ? null : URI.create(deployment.toString()).resolve("api/v1/"),
            authorization,
            API_MEDIA_TYPES,
            Duration.ofSeconds(30),
            HttpClient.Redirect.NEVER,
            false));
  }

  /** Signs in with a demo account: its password is the account name followed by "-demo". */
  public static ApiClient as(URL deployment, String account) {
    return withPassword(deployment, account, account + "-demo");
  }

  public static ApiClient withPassword(URL deployment, String account, String password) {
    return of(deployment, basic(account, password));
  }

  public static ApiClient anonymous(URL deployment) {
    return of(deployment, null);
  }

  /**
   * Nobody, adding nothing to what the test sends: no credentials, no Accept header, no redirect
   * followed, no cookie kept, so every header is seen as it is on the wire. It knows no deployment:
   * every request names its whole address (a page, a probe on the management port, a server the
   * test started itself).
   */
  public static ApiClient wire() {
    return of(null, null).accepting(null);
  }

  /** {@code Basic} credentials for an account and its password. */
  public static String basic(String account, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code mediaTypes} as every request's Accept (a browser's {@code text/html}). */
  public ApiClient accepting(String mediaTypes) {
    Settings s = settings;
    return new ApiClient(
        new Settings(
            s.base(), s.authorization(), mediaTypes, s.patience(), s.redirects(), s.cookies()));
  }

  /** Sends no Accept of its own, as a plain HTTP client does (pages, probes, documents). */
  public ApiClient acceptingAnything() {
    return accepting(null);
  }

  /** Waits up to {@code patience} for each answer (30 s unless told). */
  public ApiClient waitingUpTo(Duration patience) {
    Settings s = settings;
    return new ApiClient(
        new Settings(
            s.base(), s.authorization(), s.accept(), patience, s.redirects(), s.cookies()));
  }

  /** Follows redirects, as a browser does (none unless told). */
  public ApiClient followingRedirects() {
    Settings s = settings;
    return new ApiClient(
        new Settings(
            s.base(),
            s.authorization(),
            s.accept(),
            s.patience(),
            HttpClient.Redirect.NORMAL,
            s.cookies()));
  }

  /** Keeps the cookies the server sets and sends them back (a session), in a jar of its own. */
  public ApiClient keepingCookies() {
    Settings s = settings;
    return new ApiClient(
        new Settings(s.base(), s.authorization(), s.accept(), s.patience(), s.redirects(), true));
  }

  public URI uri(String path) {
    if (settings.base() == null) {
      throw new IllegalStateException("This client knows no deployment: name the whole address");
    }
    return settings.base().resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(request(uri(path)).GET());
  }

  public HttpResponse<String> get(URI uri) {
    return send(request(uri).GET());
  }

  /**
   * A GET to a server that may not be listening yet (one starting): its answer, or none when the
   * connection is refused or nothing answers in time.
   */
  public Optional<HttpResponse<String>> getIfAnswered(URI uri) {
    try {
      return Optional.of(
          http().send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException notYet) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A conditional GET: the answer only if it is no longer the one tagged {@code ifNoneMatch}. */
  public HttpResponse<String> getUnlessStill(String path, String ifNoneMatch) {
    return send(request(uri(path)).header("If-None-Match", ifNoneMatch).GET());
  }

  /** A conditional GET that asks for an answer computed now ({@code Cache-Control: no-cache}). */
  public HttpResponse<String> getAfresh(String path, String ifNoneMatch) {
    return send(
        request(uri(path))
            .header("If-None-Match", ifNoneMatch)
            .header("Cache-Control", "no-cache")
            .GET());
  }

  /** GET asking for the given media type ({@code text/csv}, {@code text/calendar}) only. */
  public HttpResponse<String> get(String path, String accept) {
    return send(request(uri(path)).setHeader("Accept", accept).GET());
  }

  /** GET of a binary export (a PDF) asking for the given media type only; the body as bytes. */
  public HttpResponse<byte[]> download(String path, String accept) {
    return send(
        request(uri(path)).setHeader("Accept", accept).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        request(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** PUT of a JSON body, with {@code If-Match} when a tag is given. */
  public HttpResponse<String> put(URI uri, String ifMatch, String json) {
    var request =
        request(uri)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  /**
   * POST to a lifecycle or sub-resource ({@code .../archival}, {@code .../rates}) with {@code
   * If-Match} when a tag is given, and a JSON body when one is given (none: no body at all).
   */
  public HttpResponse<String> post(URI uri, String ifMatch, String json) {
    var request =
        request(uri)
            .POST(
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /**
   * A request to {@code uri} as this client sends every one: its wait, its Accept and its
   * credentials, if any. The test adds the method, the body and any other header (or replaces these
   * with {@code setHeader} and {@code timeout}), then {@link #send}s it.
   */
  public HttpRequest.Builder request(URI uri) {
    var builder = HttpRequest.newBuilder(uri).timeout(settings.patience());
    if (settings.accept() != null) {
      builder.header("Accept", settings.accept());
    }
    if (settings.authorization() != null) {
      builder.header("Authorization", settings.authorization());
    }
    return builder;
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http().send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException("The server did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
