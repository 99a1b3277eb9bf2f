package ca.gc.engagement.security.web;

import ca.gc.engagement.security.control.FailedSignIns;
import ca.gc.engagement.security.control.TrustedProxies;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts every request that carries credentials, and while its account or address is locked answers
 * before any password is checked (docs/decisions/0029-one-sign-in-policy.md). Credentials are what
 * WildFly's mechanisms would check: HTTP Basic on any path (the WAR accepts {@code
 * BASIC?silent=true,FORM} everywhere, pages included), and a form post to any path that ends in
 * {@code /j_security_check} (the form mechanism takes them there, not only at the context's root).
 * While locked, the form goes back to the sign-in page with a "try again later" message; a Basic
 * request, API or page, gets 429 with {@code Retry-After} and a problem body. Everything else
 * passes untouched. The address is the client's as {@link TrustedProxies} tells it.
 */
final class ThrottledSignIns implements HttpHandler {

  private static final String BASIC = "basic ";
  private static final String FORM_ACTION = "/j_security_check";
  private static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");

  private final HttpHandler next;
  private final FailedSignIns failures;
  private final TrustedProxies proxies;
  private final String lockedPage;

  ThrottledSignIns(
      HttpHandler next, FailedSignIns failures, TrustedProxies proxies, String contextPath) {
    this.next = next;
    this.failures = failures;
    this.proxies = proxies;
    this.lockedPage = contextPath + "/login.xhtml?throttled=true";
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    boolean form = formSignIn(exchange);
    String account = form ? formAccount(exchange) : basic(exchange);
    if (account == null) {
      next.handleRequest(exchange);
      return;
    }
    String address = address(exchange);
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
      failures.succeeded(account, address);
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

  /**
   * A post the form mechanism takes as a sign-in: to any path ending in {@code /j_security_check},
   * decoded ({@code j%5Fsecurity%5Fcheck}) or not, with or without path parameters.
   */
  private static boolean formSignIn(HttpServerExchange exchange) {
    if (!exchange.getRequestMethod().equals(Methods.POST)) {
      return false;
    }
    String raw = exchange.getRequestURI();
    int parameters = raw.indexOf(';');
    if (parameters >= 0) {
      raw = raw.substring(0, parameters);
    }
    return exchange.getRequestPath().endsWith(FORM_ACTION) || raw.endsWith(FORM_ACTION);
  }

  private String address(HttpServerExchange exchange) {
    String peer = exchange.getSourceAddress().getAddress().getHostAddress();
    if (!proxies.trustsAny()) {
      return peer;
    }
    List<String> forwarded = exchange.getRequestHeaders().get(FORWARDED_FOR);
    return proxies.clientAddress(peer, forwarded == null ? List.of() : forwarded);
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
