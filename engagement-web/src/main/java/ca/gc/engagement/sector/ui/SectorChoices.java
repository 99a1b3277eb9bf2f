package ca.gc.engagement.sector.ui;

import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.control.SectorTree;
import ca.gc.engagement.sector.entity.Sector;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sectors of the catalogue as the pages offer and name them, in the reader's language: as a
 * tree (each sector under its parent, with its code), or in the order of the reader's language
 * where a record is tagged with sectors as such (trade measures). Retired sectors are offered only
 * where a record still names them, so that revising it does not drop them unseen. Read once per
 * request from the catalogue, the one the API publishes.
 */
@Named
@RequestScoped
public class SectorChoices {

  @EJB private SectorService sectors;

  private List<SectorRow> rows;
  private Map<String, Sector> byCode;

  /** Every sector, retired ones included, each after its parent. */
  public List<SectorRow> getRows() {
    if (rows == null) {
      List<Sector> all = sectors.all();
      byCode = all.stream().collect(Collectors.toMap(Sector::getCode, Function.identity()));
      SectorTree tree =
          SectorTree.of(
              all.stream()
                  .map(s -> new SectorTree.Node(s.getCode(), s.getParent().orElse(null)))
                  .toList());
      rows = new ArrayList<>();
      tree.roots().forEach(root -> walk(tree, root, 0));
    }
    return rows;
  }

  private void walk(SectorTree tree, String code, int depth) {
    rows.add(new SectorRow(byCode.get(code), depth));
    tree.childrenOf(code).forEach(child -> walk(tree, child, depth + 1));
  }

  /**
   * The sectors to tag a record with: those in use, and any retired one in {@code kept} (the record
   * already carries it), labelled "Canola (CANOLA)" and indented under their parent.
   */
  public List<SelectItem> options(Collection<String> kept) {
    return getRows().stream()
        .filter(row -> !row.sector().isRetired() || kept.contains(row.sector().getCode()))
        .map(row -> new SelectItem(row.sector().getCode(), indented(row)))
        .toList();
  }

  /** Every sector in use, for a filter. */
  public List<SelectItem> getOptions() {
    return options(List.of());
  }

  /**
   * The sectors in use and any retired one already chosen, by name as the reader's language sorts.
   */
  public List<SelectItem> alphabetical(Collection<String> chosen) {
    Collator collator = Collator.getInstance(locale());
    return getRows().stream()
        .map(SectorRow::sector)
        .filter(s -> !s.isRetired() || (chosen != null && chosen.contains(s.getCode())))
        .map(s -> new SelectItem(s.getCode(), s.name(locale())))
        .sorted((a, b) -> collator.compare(a.getLabel(), b.getLabel()))
        .toList();
  }

  /** The names of sectors, sorted, joined for reading. */
  public String names(Collection<String> codes) {
    Collator collator = Collator.getInstance(locale());
    return codes.stream().map(this::name).sorted(collator).collect(Collectors.joining(", "));
  }

  /** "Canola" for CANOLA in English, "Canola" in French; the code itself if unknown. */
  public String name(String code) {
    getRows();
    Sector sector = byCode.get(code);
    return sector == null ? code : sector.name(locale());
  }

  private String indented(SectorRow row) {
    return "\u2003".repeat(row.depth())
        + row.sector().name(locale())
        + " ("
        + row.sector().getCode()
        + ")";
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
