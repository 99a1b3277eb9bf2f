package ca.gc.engagement.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A department's system calling API v1 over real HTTP, as one of the demo accounts (or nobody). */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  private ApiClient(URL deployment, String authorization) {
    this.base = URI.create(deployment.toString()).resolve("api/v1/");
    this.authorization = authorization;
  }

  /** Signs in with a demo account: its password is the account name followed by "-demo". */
  public static ApiClient as(URL deployment, String account) {
    return withPassword(deployment, account, account + "-demo");
  }

  public static ApiClient withPassword(URL deployment, String account, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(deployment, "Basic " + token);
  }

  public static ApiClient anonymous(URL deployment) {
    return new ApiClient(deployment, null);
  }

  public URI uri(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(request(uri(path)).GET());
  }

  public HttpResponse<String> get(URI uri) {
    return send(request(uri).GET());
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
    try {
      return http.send(
          request(uri(path)).setHeader("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("The server did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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

  private HttpRequest.Builder request(URI uri) {
    var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    builder.header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("The server did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
