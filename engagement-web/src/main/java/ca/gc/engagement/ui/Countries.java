package ca.gc.engagement.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The ISO 3166-1 countries for a picker, named and sorted in the reader's language. */
@Named
@ApplicationScoped
public class Countries {

  public List<SelectItem> getOptions() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
        .toList();
  }
}
