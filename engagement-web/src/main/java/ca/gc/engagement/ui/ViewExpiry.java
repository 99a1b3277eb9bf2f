package ca.gc.engagement.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.ResourceBundle;

/**
 * A form posted on a page whose view the server no longer holds (the session's views were replaced,
 * the server restarted, the page sat open too long) sends the user back to that same page, freshly
 * loaded, with a plain message: their input is lost, and the page says so, instead of an error
 * page. The address keeps the parameters the page was opened with (taken from the page the browser
 * says it came from, and only when that was this very page), so a record's page reloads that
 * record. Every other exception goes on to the handler the server configured.
 */
public class ViewExpiry extends ExceptionHandlerFactory {

  public ViewExpiry(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
      while (queued.hasNext()) {
        Throwable thrown = queued.next().getContext().getException();
        ViewExpiredException expired = expired(thrown);
        if (expired != null) {
          queued.remove();
          reload(FacesContext.getCurrentInstance(), expired.getViewId());
          return;
        }
      }
      getWrapped().handle();
    }

    private static ViewExpiredException expired(Throwable thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException expired) {
          return expired;
        }
      }
      return null;
    }

    private static void reload(FacesContext context, String viewId) {
      ExternalContext external = context.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String page = request.getContextPath() + viewId;
      String address = page + query(request.getHeader("Referer"), page);
      String text =
          ResourceBundle.getBundle("ca.gc.engagement.ui.messages", Language.of(request))
              .getString("view.expired");
      Flash flash = external.getFlash();
      flash.setKeepMessages(true);
      flash.setRedirect(true);
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
      try {
        external.redirect(address);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context.responseComplete();
    }

    /**
     * The query of the page the form was on ("?id=12"), when the browser names it as the referrer
     * and it is the page being reloaded; otherwise none, so the redirect never leaves this page.
     */
    static String query(String referrer, String page) {
      if (referrer == null) {
        return "";
      }
      try {
        URI from = URI.create(referrer);
        return page.equals(from.getRawPath()) && from.getRawQuery() != null
            ? "?" + from.getRawQuery()
            : "";
      } catch (IllegalArgumentException malformed) {
        return "";
      }
    }
  }
}
