package ca.gc.engagement.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A minimal form-posting client for the JSF pages over real HTTP: it keeps the session cookie,
 * sends back every field a form renders (the view state included) and follows the redirect that
 * closes a post-redirect-get. The pages' full behaviour in a real browser is the browser tier's
 * job.
 */
public final class Browser {

  private final ApiClient http = ApiClient.wire().keepingCookies().followingRedirects();

  private HttpResponse<String> last;

  public Document open(URI uri) {
    return send(http.request(uri).GET());
  }

  /**
   * Submits a form with the fields it renders, overridden by {@code fields}, pressing {@code
   * button}. A field's value is a String, or a list of them for a multiple choice (checkboxes, a
   * multiple select); a field given replaces everything the form had under that name. Like a
   * browser, it names the page the form was on as the referrer.
   */
  public Document submit(Document page, String formId, Map<String, ?> fields, String button) {
    return submit(page, formId, fields, button, Map.of());
  }

  /** As {@link #submit(Document, String, Map, String)}, with request headers added. */
  public Document submit(
      Document page,
      String formId,
      Map<String, ?> fields,
      String button,
      Map<String, String> headers) {
    List<Map.Entry<String, String>> values = fieldsOf(page, formId, fields);
    if (button != null) {
      values.add(Map.entry(button, button));
    }
    var request =
        http.request(actionOf(page, formId))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Referer", page.location())
            .POST(HttpRequest.BodyPublishers.ofString(encode(values)));
    headers.forEach(request::header);
    return send(request);
  }

  /**
   * Sends what a page's Ajax behaviour sends (a Faces partial request): the form's fields,
   * overridden by {@code fields}, as if {@code event} happened on {@code source}, executing {@code
   * execute} and rendering {@code render} (client ids). Answers the partial response, parsed as
   * XML: its {@code <update id="...">} elements hold the new markup.
   */
  public Document ajax(
      Document page,
      String formId,
      Map<String, ?> fields,
      String source,
      String event,
      String execute,
      String render) {
    List<Map.Entry<String, String>> values = fieldsOf(page, formId, fields);
    values.add(Map.entry("jakarta.faces.partial.ajax", "true"));
    values.add(Map.entry("jakarta.faces.source", source));
    values.add(Map.entry("jakarta.faces.partial.execute", execute));
    values.add(Map.entry("jakarta.faces.partial.render", render));
    values.add(Map.entry("jakarta.faces.behavior.event", event));
    values.add(Map.entry("jakarta.faces.partial.event", event));
    last =
        http.send(
            http.request(actionOf(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(encode(values))));
    return Jsoup.parse(last.body(), last.uri().toString(), Parser.xmlParser());
  }

  /**
   * What a browser would send of a form: every named field, a checkbox or radio button only when
   * checked, every selected option of a multiple select; then {@code fields} in their place.
   */
  private static List<Map.Entry<String, String>> fieldsOf(
      Document page, String formId, Map<String, ?> fields) {
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
      if (type.equals("checkbox") || type.equals("radio")) {
        if (input.hasAttr("checked")) {
          values.add(Map.entry(name, input.val()));
        }
      } else if (input.is("select[multiple]")) {
        input.select("option[selected]").forEach(o -> values.add(Map.entry(name, o.val())));
      } else {
        values.add(Map.entry(name, input.is("select") ? selected(input) : input.val()));
      }
    }
    fields.forEach(
        (name, value) -> {
          if (value instanceof Collection<?> several) {
            several.forEach(v -> values.add(Map.entry(name, String.valueOf(v))));
          } else {
            values.add(Map.entry(name, String.valueOf(value)));
          }
        });
    return values;
  }

  private static URI actionOf(Document page, String formId) {
    return URI.create(page.location()).resolve(page.getElementById(formId).attr("action"));
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

  /** The option a single select sends: the selected one, else (as a browser does) the first. */
  private static String selected(Element select) {
    Element option = select.selectFirst("option[selected]");
    if (option == null) {
      option = select.selectFirst("option");
    }
    return option == null ? "" : option.val();
  }

  private Document send(HttpRequest.Builder request) {
    last = http.send(request);
    return Jsoup.parse(last.body(), last.uri().toString());
  }

  private static String encode(List<Map.Entry<String, String>> values) {
    return values.stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
