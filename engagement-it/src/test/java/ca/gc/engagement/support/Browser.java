package ca.gc.engagement.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A minimal form-posting client for the JSF pages over real HTTP: it keeps the session cookie,
 * sends back every field a form renders (the view state included) and follows the redirect that
 * closes a post-redirect-get. The pages' full behaviour in a real browser is the browser tier's
 * job.
 */
public final class Browser {

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private HttpResponse<String> last;

  public Document open(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  /**
   * Submits a form with the fields it renders as a browser would (checked boxes only, every
   * selected option), a field named in {@code fields} sent with that one value instead, pressing
   * {@code button}; like a browser, it names the page the form was on as the referrer.
   */
  public Document submit(Document page, String formId, Map<String, String> fields, String button) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("No form " + formId + " on the page:\n" + page.outerHtml());
    }
    List<Map.Entry<String, String>> values = new ArrayList<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String name = input.attr("name");
      String type = input.attr("type");
      if (type.equals("submit") || type.equals("button") || fields.containsKey(name)) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
        continue;
      }
      if (input.is("select")) {
        selected(input).forEach(value -> values.add(Map.entry(name, value)));
      } else {
        values.add(Map.entry(name, input.val()));
      }
    }
    fields.forEach((name, value) -> values.add(Map.entry(name, value)));
    if (button != null) {
      values.add(Map.entry(button, button));
    }
    String body =
        values.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI action = URI.create(page.location()).resolve(form.attr("action"));
    return send(
        HttpRequest.newBuilder(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Referer", page.location())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Opens {@code page} as nobody, is shown the sign-in form, signs in with a demo account
   * (password: the account name followed by "-demo") and lands on the page asked for.
   */
  public Document signIn(URI page, String account) {
    return signIn(page, account, account + "-demo");
  }

  public Document signIn(URI page, String account, String password) {
    Document login = open(page);
    return submit(login, "login", Map.of("j_username", account, "j_password", password), null);
  }

  public HttpResponse<String> lastResponse() {
    return last;
  }

  /**
   * What a browser sends for a select: each selected option; for a single select with none
   * selected, its first option ("" for the usual "choose" option); a multiple one sends nothing.
   */
  private static List<String> selected(Element select) {
    List<String> chosen = select.select("option[selected]").eachAttr("value");
    if (!chosen.isEmpty() || select.hasAttr("multiple")) {
      return chosen;
    }
    Element first = select.selectFirst("option");
    return List.of(first == null ? "" : first.val());
  }

  private Document send(HttpRequest.Builder request) {
    try {
      last =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return Jsoup.parse(last.body(), last.uri().toString());
    } catch (IOException e) {
      throw new IllegalStateException("The server did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
