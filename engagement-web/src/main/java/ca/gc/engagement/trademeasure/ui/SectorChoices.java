package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.ui.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sectors of the catalogue as the trade measure pages offer and name them: in the reader's
 * language, sorted as that language sorts. Retired sectors are offered only where a measure still
 * names them, so that revising it does not drop them unseen.
 */
@Named("tradeMeasureSectors")
@RequestScoped
public class SectorChoices {

  @EJB private SectorService sectors;

  @Inject private Language language;

  private Map<String, Sector> byCode;

  private Map<String, Sector> byCode() {
    if (byCode == null) {
      byCode =
          sectors.all().stream().collect(Collectors.toMap(Sector::getCode, Function.identity()));
    }
    return byCode;
  }

  /** The sectors to pick from: those in use, and any retired one already chosen. */
  public List<SelectItem> options(Collection<String> chosen) {
    Collator collator = Collator.getInstance(language.getLocale());
    return byCode().values().stream()
        .filter(s -> !s.isRetired() || (chosen != null && chosen.contains(s.getCode())))
        .map(s -> new SelectItem(s.getCode(), s.name(language.getLocale())))
        .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
        .toList();
  }

  /** A sector's name in the reader's language; its code if the catalogue does not have it. */
  public String name(String code) {
    Sector sector = byCode().get(code);
    return sector == null ? code : sector.name(language.getLocale());
  }

  /** The names of sectors, sorted, joined for reading. */
  public String names(Collection<String> codes) {
    Collator collator = Collator.getInstance(language.getLocale());
    return codes.stream().map(this::name).sorted(collator).collect(Collectors.joining(", "));
  }
}
