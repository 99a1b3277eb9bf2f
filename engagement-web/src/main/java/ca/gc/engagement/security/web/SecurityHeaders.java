package ca.gc.engagement.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The browser-side protections on every answer of the application: pages, the sign-in page, the
 * API, error pages and static resources. A filter in the WAR rather than Undertow filters in the
 * server's CLI script, because the policy is written for what these pages do (PrimeFaces' inline
 * scripts) and must change with them, and because it then holds on any server the EAR is deployed
 * to, whether or not the operator applied the script (docs/decisions/0019-web-security.md).
 * Declared first in web.xml, for every dispatch, so that no other filter answers before it.
 *
 * <p>Every answer but the public static files ({@code /jakarta.faces.resource/…}, {@code
 * /resources/…}) also says {@code Cache-Control: no-store}: pages, the API's JSON, its exports
 * (CSV, iCalendar), the briefing book and error pages name and hold classified records, and no
 * browser cache, disk or proxy may keep them. Nothing later sets {@code Cache-Control} again (the
 * kept answers say {@code no-store} too, decision 0027).
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * Scripts and styles from this application only. Faces and PrimeFaces write inline scripts and
   * event handlers, hence 'unsafe-inline' for scripts (nonces would need every inline handler
   * rewritten); no 'unsafe-eval' (the browser tests watch the console for violations). Everything
   * else as strict as it gets: no plugin, no foreign form target, no framing of these pages at all.
   */
  static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self' data:",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  private static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          // Addresses name classified records: they never leave for another site.
          "Referrer-Policy", "same-origin");

  /** What every answer holding records says to caches: keep nothing. */
  public static final String NO_STORE = "no-store";

  /** Static files anyone may fetch and cache: the pages' scripts, styles and images. */
  private static final java.util.List<String> PUBLIC_STATIC =
      java.util.List.of("/jakarta.faces.resource/", "/resources/");

  /** Sets every header through {@code setter}: also for answers given before any filter runs. */
  public static void apply(BiConsumer<String, String> setter) {
    HEADERS.forEach(setter);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response::setHeader);
    if (!publicStatic(request)) {
      response.setHeader("Cache-Control", NO_STORE);
    }
    chain.doFilter(request, response);
  }

  /** Whether the request is for a public static file, which caches may keep. */
  static boolean publicStatic(HttpServletRequest request) {
    String path = request.getRequestURI();
    String context = request.getContextPath();
    if (path == null) {
      return false;
    }
    String within =
        context != null && path.startsWith(context) ? path.substring(context.length()) : path;
    return within.indexOf("..") < 0 && PUBLIC_STATIC.stream().anyMatch(within::startsWith);
  }
}
