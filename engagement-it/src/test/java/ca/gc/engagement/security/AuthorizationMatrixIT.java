package ca.gc.engagement.security;

import static ca.gc.engagement.security.AuthorizationMatrix.PRINCIPALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.api.ResourceMethods;
import ca.gc.engagement.api.ResourceMethods.ResourceMethod;
import ca.gc.engagement.security.AuthorizationMatrix.Row;
import ca.gc.engagement.security.OperationCalls.Call;
import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import ca.gc.engagement.support.Browser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every API operation, page, probe and sign-in door of the authorization matrix, called over real
 * HTTP by nobody and by each demo account, answers what the matrix says; and the matrix lists
 * exactly the operations the built WAR declares, so a new operation fails here until someone
 * decides who may call it. A failure lists every cell that differs.
 */
class AuthorizationMatrixIT extends AgainstTheBuiltEar {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

  @Test
  void theMatrixListsEveryOperationTheWarDeclaresAndNoOther() throws IOException {
    Path ear = Path.of(System.getProperty("engagement.ear"));
    List<ResourceMethod> declared = ResourceMethods.of(ear, deployment.getPath());
    assertFalse(declared.isEmpty(), "no resource method found in the WAR");
    Set<String> inWar = new TreeSet<>();
    declared.forEach(m -> inWar.add(m.method() + " " + m.path()));
    Set<String> inMatrix = new TreeSet<>();
    AuthorizationMatrix.rows().stream()
        .filter(r -> r.kind().equals("api"))
        .forEach(r -> inMatrix.add(r.operation()));

    Set<String> missing = new TreeSet<>(inWar);
    missing.removeAll(inMatrix);
    Set<String> gone = new TreeSet<>(inMatrix);
    gone.removeAll(inWar);
    assertTrue(missing.isEmpty(), "operations the matrix lacks: " + missing);
    assertTrue(gone.isEmpty(), "operations in the matrix that the WAR lacks: " + gone);
  }

  @Test
  void everyOperationAnswersEachAccountAsTheMatrixSays() throws IOException {
    Path ear = Path.of(System.getProperty("engagement.ear"));
    String base = ResourceMethods.base(ear, deployment.getPath());
    OperationCalls calls = new OperationCalls(deployment, new DemoRecords(deployment));
    List<String> differences = new ArrayList<>();
    int requests = 0;
    for (Row row : rows("api")) {
      String relative = row.path().substring(base.length() + 1);
      for (String principal : PRINCIPALS) {
        Call call = calls.call(row.method(), relative);
        assertTrue(call != null, "no way to call " + row.operation() + " in OperationCalls");
        HttpResponse<String> answer = send(call, principal);
        requests++;
        String outcome = String.valueOf(answer.statusCode());
        if (!outcome.equals(row.expected().get(principal))) {
          differences.add(difference(row, principal, outcome, answer.body()));
        }
      }
    }
    assertEquals(List.of(), differences, requests + " requests; these differ");
  }

  @Test
  void everyPageAndProbeAnswersEachAccountAsTheMatrixSays() throws IOException {
    DemoRecords demo = new DemoRecords(deployment);
    Map<String, Browser> browsers = new HashMap<>();
    List<String> differences = new ArrayList<>();
    for (Row row : rows("page", "probe")) {
      URI uri = address(row, demo);
      for (String principal : PRINCIPALS) {
        Browser browser = browsers.computeIfAbsent(principal, this::signedIn);
        Document page = browser.open(uri);
        HttpResponse<String> answer = browser.lastResponse();
        String outcome =
            page.selectFirst("form#login") != null ? "login" : String.valueOf(answer.statusCode());
        if (!outcome.equals(row.expected().get(principal))) {
          differences.add(difference(row, principal, outcome, page.title()));
        }
      }
    }
    assertEquals(List.of(), differences, "these pages differ");
  }

  /**
   * The doors that take credentials, as the throttle counts them (decision 0029): Basic credentials
   * on a page ({@code GET}), and the sign-in form posted to any path ending in {@code
   * /j_security_check} ({@code POST}). Each account signs in with its own password; anonymous sends
   * none (an empty form). Redirects are not followed: a signed-in form answers its redirect.
   */
  @Test
  void everySignInDoorAnswersEachAccountAsTheMatrixSays() throws IOException {
    List<String> differences = new ArrayList<>();
    for (Row row : rows("door")) {
      URI uri = URI.create(deployment.toString()).resolve(row.path());
      for (String principal : PRINCIPALS) {
        HttpResponse<String> answer = knock(row.method(), uri, principal);
        String outcome =
            answer.body().contains("id=\"login\"") ? "login" : String.valueOf(answer.statusCode());
        if (!outcome.equals(row.expected().get(principal))) {
          differences.add(difference(row, principal, outcome, answer.body()));
        }
      }
    }
    assertEquals(List.of(), differences, "these doors differ");
  }

  private HttpResponse<String> knock(String method, URI uri, String principal) {
    boolean anonymous = principal.equals("anonymous");
    if (method.equals("GET")) {
      return client(principal).acceptingAnything().get(uri);
    }
    // The form carries the credentials: no Authorization header, whoever signs in.
    ApiClient nobody =
        ApiClient.anonymous(deployment).acceptingAnything().waitingUpTo(Duration.ofSeconds(60));
    String form =
        anonymous
            ? "j_username=&j_password="
            : "j_username=" + principal + "&j_password=" + principal + "-demo";
    return nobody.send(
        nobody
            .request(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The principal's API client (no credentials for anonymous), waiting up to a minute. */
  private ApiClient client(String principal) {
    ApiClient client =
        principal.equals("anonymous")
            ? ApiClient.anonymous(deployment)
            : ApiClient.as(deployment, principal);
    return client.waitingUpTo(Duration.ofSeconds(60));
  }

  private static List<Row> rows(String... kinds) throws IOException {
    Set<String> wanted = Set.of(kinds);
    List<Row> rows =
        AuthorizationMatrix.rows().stream().filter(r -> wanted.contains(r.kind())).toList();
    assertFalse(rows.isEmpty(), "no " + wanted + " rows in the matrix");
    return rows;
  }

  private Browser signedIn(String principal) {
    Browser browser = new Browser();
    if (!principal.equals("anonymous")) {
      Document home = browser.signIn(URI.create(deployment.toString()), principal);
      assertTrue(home.selectFirst("form#login") == null, principal + " could not sign in");
    }
    return browser;
  }

  /** The row's address: pages under the server, probes on the management port, ids filled in. */
  private URI address(Row row, DemoRecords demo) {
    Matcher placeholder = PLACEHOLDER.matcher(row.path());
    String path =
        placeholder.replaceAll(
            m -> m.group(1).equals("sector") ? demo.sector() : String.valueOf(demo.id(m.group(1))));
    URI server = URI.create(deployment.toString());
    if (row.kind().equals("probe")) {
      return URI.create(
              "http://" + server.getHost() + ":" + System.getProperty("engagement.management.port"))
          .resolve(path);
    }
    return server.resolve(path);
  }

  private HttpResponse<String> send(Call call, String principal) {
    ApiClient client = client(principal);
    HttpRequest.Builder request =
        client
            .request(call.uri())
            .setHeader(
                "Accept",
                call.accept() == null
                    ? "application/json, application/problem+json"
                    : call.accept())
            .method(
                call.method(),
                call.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body()));
    if (call.body() != null) {
      request.header("Content-Type", "application/json");
    }
    if (call.ifMatch() != null) {
      request.header("If-Match", call.ifMatch());
    }
    return client.send(request);
  }

  private static String difference(Row row, String principal, String outcome, String detail) {
    String shown = detail == null ? "" : detail.lines().limit(2).collect(Collectors.joining(" "));
    return row.operation()
        + " as "
        + principal
        + ": expected "
        + row.expected().get(principal)
        + ", got "
        + outcome
        + " ("
        + (shown.length() > 160 ? shown.substring(0, 160) : shown)
        + ")";
  }
}
