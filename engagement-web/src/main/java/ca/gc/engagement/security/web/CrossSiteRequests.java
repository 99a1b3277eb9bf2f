package ca.gc.engagement.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a request that would change something when the browser says another site sent it ({@code
 * Sec-Fetch-Site} other than same-origin or none, or an {@code Origin} that is not this server's).
 * The pages have Faces' view state as a token besides; the API has none, and a browser attaches
 * remembered Basic credentials to any site's request, so this is what keeps a page elsewhere from
 * writing records through a signed-in officer's browser. Other departments' systems send neither
 * header and pass (docs/decisions/0019-web-security.md).
 */
public class CrossSiteRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (SAFE_METHODS.contains(request.getMethod()) || fromThisSite(request)) {
      chain.doFilter(request, response);
    } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      Refusals.problem(
          response,
          403,
          "cross-site-request",
          "Cross-site request refused",
          "A request from another site cannot change records.",
          request.getRequestURI());
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  static boolean fromThisSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !OWN_SITE.contains(site)) {
      return false;
    }
    String origin = request.getHeader("Origin");
    return origin == null || sameOrigin(origin, request);
  }

  /**
   * Whether {@code origin} names the server the browser addressed ({@code Host}, which a reverse
   * proxy forwards as is), by host and port; "null" (a sandboxed or privacy-sensitive context) is
   * never this server.
   */
  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      String hostWithoutDefaultPort = host.replaceFirst(":(80|443)$", "");
      String authorityWithoutDefaultPort = authority.replaceFirst(":(80|443)$", "");
      return authorityWithoutDefaultPort.equalsIgnoreCase(hostWithoutDefaultPort);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
