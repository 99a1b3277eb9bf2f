package ca.gc.engagement.security.web;

import ca.gc.engagement.security.control.FailedSignIns;
import ca.gc.engagement.security.control.TrustedProxies;
import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import java.time.Clock;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What must happen before WildFly's authentication, for this WAR only, so a servlet filter cannot
 * do it: {@link ThrottledSignIns} (the container checks the form's and Basic credentials before any
 * filter runs, and a lock applied after the check would tell a right password from a wrong one),
 * and the session cookie's {@code SameSite=Lax} (web.xml's Servlet 6 cookie attribute is not
 * applied by WildFly 39). Registered as an Undertow servlet extension (META-INF/services), which
 * WildFly loads from the deployment. Not a CDI bean: the trusted proxies ({@value
 * TrustedProxies#PROPERTY}) are read from MicroProfile Config once, at deployment; a list that does
 * not parse fails the deployment.
 */
public class SignInThrottling implements ServletExtension {

  private static final String SESSION_COOKIE = "JSESSIONID";

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    FailedSignIns failures = new FailedSignIns(Clock.systemUTC());
    TrustedProxies proxies =
        TrustedProxies.parse(
            ConfigProvider.getConfig(deployment.getClassLoader())
                .getOptionalValue(TrustedProxies.PROPERTY, String.class)
                .orElse(""));
    String contextPath = deployment.getContextPath();
    deployment.addOuterHandlerChainWrapper(
        next -> new ThrottledSignIns(next, failures, proxies, contextPath));
    // Lax, not Strict: a link to a record from mail or another intranet site opens it signed in;
    // a form another site posts arrives without the session (docs/decisions/0019-web-security.md).
    deployment.addOuterHandlerChainWrapper(
        next -> new SameSiteCookieHandler(next, "Lax", SESSION_COOKIE));
  }
}
