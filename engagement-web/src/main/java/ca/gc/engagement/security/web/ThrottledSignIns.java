package ca.gc.engagement.security.web;

import ca.gc.engagement.security.control.FailedSignIns;
import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import jakarta.servlet.ServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts failed sign-ins, through the form ({@code j_security_check}) and through API Basic
 * credentials, and while an account or address is locked answers before any password is checked:
 * the form goes back to the sign-in page with a "try again later" message; the API gets 429 with
 * {@code Retry-After} and a problem body. Everything else passes untouched.
 */
final class ThrottledSignIns implements HttpHandler {

  private static final String BASIC = "basic ";

  private final HttpHandler next;
  private final FailedSignIns failures;
  private final String formPath;
  private final String apiPrefix;
  private final String lockedPage;

  ThrottledSignIns(HttpHandler next, FailedSignIns failures, String contextPath) {
    this.next = next;
    this.failures = failures;
    this.formPath = contextPath + "/j_security_check";
    this.apiPrefix = contextPath + "/api/";
    this.lockedPage = contextPath + "/login.xhtml?throttled=true";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRequestPath();
    boolean form = path.equals(formPath) && exchange.getRequestMethod().equals(Methods.POST);
    String account =
        form ? formAccount(exchange) : path.startsWith(apiPrefix) ? basic(exchange) : null;
    if (account == null) {
      next.handleRequest(exchange);
      return;
    }
    String address = exchange.getSourceAddress().getAddress().getHostAddress();
    Optional<Duration> locked = failures.lockedFor(account, address);
    if (locked.isPresent()) {
      refuse(exchange, form, locked.get());
      return;
    }
    // The servlet chain may go on in a worker thread after this call returns, so the outcome is
    // read when the response is committed: final by then, and before the caller can see it and
    // try again. Completion covers a response that ends without committing.
    AtomicBoolean counted = new AtomicBoolean();
    exchange.addResponseCommitListener(done -> count(done, form, account, address, counted));
    exchange.addExchangeCompleteListener(
        (done, nextListener) -> {
          try {
            count(done, form, account, address, counted);
          } finally {
            nextListener.proceed();
          }
        });
    next.handleRequest(exchange);
  }

  private void count(
      HttpServerExchange exchange,
      boolean form,
      String account,
      String address,
      AtomicBoolean counted) {
    if (!counted.compareAndSet(false, true)) {
      return;
    }
    if (authenticated(exchange)) {
      failures.succeeded(account);
    } else if (!form || exchange.getStatusCode() != StatusCodes.FOUND) {
      failures.failed(account, address);
    }
  }

  /**
   * A refused form sign-in is forwarded to the error page (200); a successful one is redirected to
   * the page asked for. Either way the security context, where WildFly sets it, has the answer.
   */
  private static boolean authenticated(HttpServerExchange exchange) {
    SecurityContext security = exchange.getSecurityContext();
    if (security != null) {
      return security.isAuthenticated();
    }
    return exchange.getStatusCode() != StatusCodes.UNAUTHORIZED;
  }

  private static String formAccount(HttpServerExchange exchange) {
    ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    ServletRequest request = servlet == null ? null : servlet.getServletRequest();
    String account = request == null ? null : request.getParameter("j_username");
    return account == null ? "" : account;
  }

  private static String basic(HttpServerExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization == null
        || authorization.length() <= BASIC.length()
        || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return null;
    }
    try {
      String credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()),
              StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? credentials : credentials.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private void refuse(HttpServerExchange exchange, boolean form, Duration wait) {
    SecurityHeaders.apply(
        (name, value) -> exchange.getResponseHeaders().put(new HttpString(name), value));
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    if (form) {
      exchange.setStatusCode(StatusCodes.SEE_OTHER);
      exchange.getResponseHeaders().put(Headers.LOCATION, lockedPage);
      exchange.endExchange();
      return;
    }
    exchange.setStatusCode(StatusCodes.TOO_MANY_REQUESTS);
    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
    exchange
        .getResponseHeaders()
        .put(Headers.CONTENT_TYPE, "application/problem+json;charset=UTF-8");
    exchange
        .getResponseSender()
        .send(
            Refusals.json(
                429,
                "too-many-failed-sign-ins",
                "Too many failed sign-ins",
                "Too many failed sign-ins for this account or address. Try again in "
                    + seconds
                    + " seconds.",
                exchange.getRequestPath()),
            StandardCharsets.UTF_8);
  }
}
