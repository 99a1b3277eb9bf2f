package ca.gc.engagement.ui;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.country.entity.NamedArea;
import ca.gc.engagement.country.entity.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The regions a record is tagged with, for a picker and for reading: the named areas carve-outs
 * speak of (Arctic waters, the Northwest Passage, ...) and Canada's provinces and territories, in
 * the reader's language. A record may carry any ISO 3166 region (the API takes them); those are
 * offered too when the record already has them, so that editing it never drops one.
 */
@Named
@ApplicationScoped
public class Regions {

  private static final List<String> CANADA =
      List.of(
          "CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE",
          "CA-QC", "CA-SK", "CA-YT");

  /**
   * The named areas, then Canada's provinces and territories, then {@code kept} if not among them.
   */
  public List<SelectItem> options(Collection<String> kept) {
    List<SelectItem> options = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (NamedArea area : NamedArea.values()) {
      codes.add(area.name());
    }
    codes.addAll(CANADA);
    if (kept != null) {
      kept.stream().filter(code -> !codes.contains(code)).sorted().forEach(codes::add);
    }
    codes.forEach(code -> options.add(new SelectItem(code, label(code))));
    return options;
  }

  public List<SelectItem> getOptions() {
    return options(List.of());
  }

  /** "Arctic waters", "Nunavut", "China": the region as the reader names it; its code otherwise. */
  public String label(String code) {
    Locale locale = locale();
    for (NamedArea area : NamedArea.values()) {
      if (area.name().equals(code)) {
        return "fr".equals(locale.getLanguage()) ? area.french() : area.english();
      }
    }
    if (RegionCode.isCountry(code)) {
      return CountryCode.of(code).displayName(locale);
    }
    try {
      return ResourceBundle.getBundle("ca.gc.engagement.ui.messages", locale)
          .getString("region." + code);
    } catch (MissingResourceException unnamed) {
      return code;
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
