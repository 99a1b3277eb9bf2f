package ca.gc.engagement.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the page beans say to the user beyond a field: a record that is not there (404, the same
 * answer as for a record above the user's clearance, so that its existence is not revealed), and a
 * notice that survives the redirect of a post-redirect-get.
 */
public final class Views {

  private static final String BUNDLE = "ca.gc.engagement.ui.messages";

  private Views() {}

  /** Ends the request with 404: the not-found page, never a trace of what was asked for. */
  public static void notFound() {
    endWith(404);
  }

  /**
   * Ends the request with 403: the forbidden page, for a page only another role may use (the
   * services refuse the action anyway; this spares the user a form they cannot submit).
   */
  public static void forbidden() {
    endWith(403);
  }

  private static void endWith(int status) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /** A message of the interface in the page's language. */
  public static String text(String key, Object... arguments) {
    return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
  }

  /** A message of the interface in a language. */
  public static String text(Locale locale, String key, Object... arguments) {
    String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return arguments.length == 0
        ? text
        : new java.text.MessageFormat(text, locale).format(arguments);
  }

  /** A notice at the top of the page the redirect leads to. */
  public static void notice(String key, Object... arguments) {
    flash(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** A warning at the top of the page the redirect leads to (or of this page). */
  public static void warning(String key, Object... arguments) {
    flash(FacesMessage.SEVERITY_WARN, key, arguments);
  }

  /** An error at the top of this page, for a refusal answered without a redirect. */
  public static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  private static void flash(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(severity, text(key, arguments), null));
  }
}
