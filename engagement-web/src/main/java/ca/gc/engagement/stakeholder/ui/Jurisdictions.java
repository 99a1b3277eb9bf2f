package ca.gc.engagement.stakeholder.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Jurisdictions (ISO 3166-1 or -2 codes) as a reader knows them: "China", "Saskatchewan, Canada".
 * Java names countries but not their subdivisions, so the provinces and territories of Canada,
 * which most stakeholders answer to, are named in the messages; another subdivision shows its code
 * with its country's name.
 */
@Named
@ApplicationScoped
public class Jurisdictions {

  private static final String BUNDLE = "ca.gc.engagement.ui.messages";

  /** Canada's provinces and territories, as ISO 3166-2 codes. */
  static final List<String> CANADA =
      List.of(
          "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE",
          "CA-QC", "CA-SK", "CA-YT");

  /** The jurisdiction's name in the page's language; the code itself when it is not one. */
  public String name(String code) {
    if (code == null) {
      return "";
    }
    Locale locale = locale();
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    if (code.length() == 2) {
      String country = countryName(code, locale);
      return country.isEmpty() ? code : country;
    }
    String country = countryName(code.substring(0, 2), locale);
    String key = "jurisdiction." + code;
    return texts.containsKey(key)
        ? new MessageFormat(texts.getString("jurisdiction.inCountry"), locale)
            .format(new Object[] {texts.getString(key), country})
        : new MessageFormat(texts.getString("jurisdiction.code"), locale)
            .format(new Object[] {code, country});
  }

  /** Suggestions for the jurisdiction field: Canada's provinces and territories, then countries. */
  public List<SelectItem> getSuggestions() {
    Locale locale = locale();
    Collator collator = Collator.getInstance(locale);
    List<SelectItem> suggestions = new ArrayList<>();
    CANADA.stream()
        .map(code -> new SelectItem(code, name(code)))
        .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
        .forEach(suggestions::add);
    Arrays.stream(Locale.getISOCountries())
        .map(code -> new SelectItem(code, countryName(code, locale)))
        .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
        .forEach(suggestions::add);
    return suggestions;
  }

  private static String countryName(String code, Locale locale) {
    return new Locale("", code).getDisplayCountry(locale);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
