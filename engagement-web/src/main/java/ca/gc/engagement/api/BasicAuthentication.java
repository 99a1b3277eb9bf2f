package ca.gc.engagement.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * HTTP Basic for API v1, against the same security domain as the intranet's sign-in form. The WAR's
 * login configuration is the form (for people); a system calling the API must instead get 401 with
 * a challenge, never a redirect to a page, hence this filter and programmatic login
 * (docs/decisions/0004-signing-in.md). Roles are then checked by the EJBs.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthentication extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String CHALLENGE = "Basic realm=\"Engagement Records\", charset=\"UTF-8\"";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null) {
      chain.doFilter(request, response);
    } else if (request.getHeader("Authorization") == null) {
      challenge(request, response, "This API needs HTTP Basic credentials of a service account.");
    } else {
      challenge(request, response, "The user name or password is not right.");
    }
  }

  /** Answers 401 with the Basic challenge and a problem body about {@code path}. */
  static void challenge(String path, HttpServletResponse response, String detail)
      throws IOException {
    new Problem(
            Problem.type("unauthenticated"),
            "Authentication required",
            401,
            detail,
            URI.create(path),
            List.of())
        .writeTo(response, "WWW-Authenticate", CHALLENGE);
  }

  private void challenge(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    challenge(request.getRequestURI(), response, detail);
  }
}
