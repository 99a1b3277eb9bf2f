package ca.gc.engagement.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Wrong Basic credentials sent to the API fail the Basic mechanism, and the form mechanism then
 * forwards the request to the sign-in page. A system would get a page of HTML; this answers it as
 * the API answers everything: 401, the Basic challenge, a problem body.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class RefusedCredentials extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (original instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
      BasicAuthentication.challenge(path, response, "The user name or password is not right.");
      return;
    }
    chain.doFilter(request, response);
  }
}
