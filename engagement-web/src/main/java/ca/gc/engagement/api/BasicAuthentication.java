package ca.gc.engagement.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
 * (docs/decisions/0004-one-war-two-ways-to-sign-in.md). Roles are then checked by the EJBs.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthentication extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String CHALLENGE = "Basic realm=\"Engagement Records\", charset=\"UTF-8\"";

  private transient Jsonb jsonb;

  @Override
  public void init() {
    jsonb = JsonbBuilder.create();
  }

  @Override
  public void destroy() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // closing a JSON-B instance frees caches only; nothing to report
    }
  }

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
  static void challenge(Jsonb jsonb, String path, HttpServletResponse response, String detail)
      throws IOException {
    var problem =
        new Problem(
            Problem.type("unauthenticated"),
            "Authentication required",
            401,
            detail,
            URI.create(path),
            List.of());
    response.resetBuffer();
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", CHALLENGE);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(jsonb.toJson(problem));
  }

  private void challenge(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    challenge(jsonb, request.getRequestURI(), response, detail);
  }
}
