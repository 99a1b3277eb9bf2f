package ca.gc.engagement.statement.ui;

import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sectors a statement is about, named in the page's language ("Canola", "Porc"): the catalogue
 * is read once per request, whatever the number of statements shown.
 */
@Named
@RequestScoped
public class Topics {

  @EJB private SectorService sectors;

  private Map<String, Sector> catalogue;

  private Map<String, Sector> catalogue() {
    if (catalogue == null) {
      catalogue = new LinkedHashMap<>();
      sectors.all().forEach(sector -> catalogue.put(sector.getCode(), sector));
    }
    return catalogue;
  }

  /** The sector's name; its code if the catalogue has none by that code. */
  public String name(String code) {
    Sector sector = catalogue().get(code);
    return sector == null ? code : sector.name(locale());
  }

  /** The sectors' names, alphabetically, separated by commas ("" for none). */
  public String names(Collection<String> codes) {
    Collator collator = Collator.getInstance(locale());
    return String.join(", ", codes.stream().map(this::name).sorted(collator).toList());
  }

  /**
   * The sectors offered for tagging, each under its parent ("Agriculture and agri-food › Canola"),
   * sorted by that label: those in use, and any retired one the statement already carries.
   */
  public List<SelectItem> options(Collection<String> tagged) {
    Set<String> kept = tagged == null ? Set.of() : Set.copyOf(tagged);
    Collator collator = Collator.getInstance(locale());
    List<SelectItem> options = new ArrayList<>();
    catalogue().values().stream()
        .filter(sector -> !sector.isRetired() || kept.contains(sector.getCode()))
        .map(sector -> new SelectItem(sector.getCode(), label(sector)))
        .sorted(Comparator.comparing(SelectItem::getLabel, collator))
        .forEach(options::add);
    return options;
  }

  /** Every sector for a filter, labelled as in {@link #options}. */
  public List<SelectItem> getAll() {
    return options(catalogue().keySet());
  }

  private String label(Sector sector) {
    return sector
        .getParent()
        .map(parent -> name(parent) + " › " + sector.name(locale()))
        .orElse(sector.name(locale()));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
