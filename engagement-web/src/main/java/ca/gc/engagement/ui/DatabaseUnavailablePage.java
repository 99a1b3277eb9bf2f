package ca.gc.engagement.ui;

import ca.gc.engagement.schema.control.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page that cannot reach the database answers 503 with the plain "temporarily unavailable" page
 * (web.xml's error page for 503, static HTML that needs no database), not the incident page: the
 * officer only has to try again. Any other failure goes on to the server's error handling.
 */
@WebFilter(servletNames = "Faces Servlet")
public class DatabaseUnavailablePage extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
        throw failure;
      }
      response.resetBuffer();
      response.setHeader("Retry-After", "10");
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
