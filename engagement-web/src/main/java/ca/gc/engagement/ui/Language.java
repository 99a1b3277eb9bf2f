package ca.gc.engagement.ui;

import ca.gc.engagement.department.entity.Department;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The official language a page is shown in: the one the user chose with the toggle (kept in the
 * session, see {@link LanguageChoice}), else the browser's preference when it is French, else
 * English. The toggle is a plain link to the same address with {@code lang}, so it works on every
 * page, the sign-in page and error pages included, without a form.
 */
@Named
@RequestScoped
public class Language {

  @Inject private Department department;

  static final String SESSION_KEY = "ca.gc.engagement.ui.locale";
  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale FRENCH = Locale.FRENCH;

  private HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  public Locale getLocale() {
    return of(request());
  }

  /** The language of the request: chosen, else the browser's if French, else English. */
  static Locale of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
    if (chosen instanceof Locale locale) {
      return locale;
    }
    return FRENCH.getLanguage().equals(request.getLocale().getLanguage()) ? FRENCH : ENGLISH;
  }

  /**
   * The zone the intranet shows instants in: the department's own ({@code
   * engagement.department.zone}, decision 0035). Meetings keep their own zone and show their local
   * time besides.
   */
  public java.util.TimeZone getTimeZone() {
    return java.util.TimeZone.getTimeZone(department.zone());
  }

  /**
   * A moment as the user reads it: Ottawa time, in the page's language ("Jan 13, 2026, 9:30 a.m.").
   */
  public String moment(java.time.Instant at) {
    if (at == null) {
      return "";
    }
    return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
        .withLocale(getLocale())
        .format(at.atZone(getTimeZone().toZoneId()));
  }

  /**
   * The label of a record's field in the page's language, for the history ("Host city" for
   * mission.hostCity): the record's own label, else the one all records share (record.status), else
   * the field's name as stored.
   */
  public String field(String kind, String name) {
    java.util.ResourceBundle texts =
        java.util.ResourceBundle.getBundle("ca.gc.engagement.ui.messages", getLocale());
    for (String key : new String[] {kind + "." + name, "record." + name}) {
      if (texts.containsKey(key)) {
        return texts.getString(key);
      }
    }
    return name;
  }

  /** The other official language, which the toggle offers. */
  public Locale getOther() {
    return ENGLISH.equals(getLocale()) ? FRENCH : ENGLISH;
  }

  /** The other language's name in that language, as the toggle reads. */
  public String getOtherName() {
    return getOther().getDisplayLanguage(getOther()).substring(0, 1).toUpperCase(getOther())
        + getOther().getDisplayLanguage(getOther()).substring(1);
  }

  /** This very page (the address the browser shows) in the other language. */
  public String getToggleHref() {
    return LanguageChoice.addressShown(request(), "lang=" + getOther().getLanguage());
  }
}
