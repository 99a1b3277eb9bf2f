package ca.gc.engagement.ui;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Takes the language toggle's {@code lang=en|fr}: keeps the choice in the session and sends the
 * browser back to the same address without it, so that the address a user bookmarks or shares stays
 * clean and a reload never toggles again. The sign-in page is a forward from the address the user
 * asked for, so the toggle there goes back to that address. The API is left alone: it speaks JSON.
 */
@WebFilter(
    filterName = "LanguageChoice",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class LanguageChoice extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String lang = request.getParameter("lang");
    if (lang == null || !"GET".equals(request.getMethod()) || isApi(request)) {
      chain.doFilter(request, response);
      return;
    }
    Locale chosen = Language.FRENCH.getLanguage().equals(lang) ? Language.FRENCH : Language.ENGLISH;
    request.getSession().setAttribute(Language.SESSION_KEY, chosen);
    response.sendRedirect(addressShown(request, ""));
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /**
   * The address the browser shows, without {@code lang}, with {@code extra} parameters added: for
   * the sign-in page, the address the user asked for, which the server answered with a forward.
   */
  static String addressShown(HttpServletRequest request, String extra) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded != null ? (String) forwarded : request.getRequestURI();
    String query =
        forwarded != null
            ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
            : request.getQueryString();
    String kept = withoutLanguage(query);
    String all = kept.isEmpty() ? extra : extra.isEmpty() ? kept : kept + "&" + extra;
    return path + (all.isEmpty() ? "" : "?" + all);
  }

  /** A query string without its {@code lang} parameter ("" when nothing else is left). */
  static String withoutLanguage(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(pair -> !pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang="))
        .collect(Collectors.joining("&"));
  }
}
