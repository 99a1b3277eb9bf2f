package ca.gc.engagement.sector.ui;

import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.sector.entity.SectorChangeException;
import ca.gc.engagement.sector.entity.SectorDraft;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.ui.CurrentUser;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a sector ({@code ?parent=} places it under that one) or renames and moves one ({@code
 * ?code=}; the code is fixed once added): administrators only, anyone else is shown the forbidden
 * page. A move that would put a sector within itself is not offered; the service refuses it anyway.
 */
@Named
@ViewScoped
public class SectorForm extends RecordForm<Sector> {

  private static final long serialVersionUID = 1L;

  @EJB private SectorService sectors;

  @Inject private SectorChoices choices;

  private String editing;

  private String code;
  private String parent;
  private String englishName;
  private String frenchName;

  /** Administrators only. */
  @Override
  protected boolean mayUse(CurrentUser user) {
    return user.isAdmin();
  }

  @Override
  protected Edited<Sector> edited() {
    return new Edited<>("sector", "/sectors/edit", () -> sectors.find(editing));
  }

  @Override
  protected long versionOf(Sector sector) {
    return sector.getVersion();
  }

  @Override
  protected void fill(Sector sector) {
    code = sector.getCode();
    parent = sector.getParent().orElse(null);
    englishName = sector.getEnglishName();
    frenchName = sector.getFrenchName();
  }

  public String save() {
    SectorDraft draft = new SectorDraft(code, parent, englishName, frenchName);
    return saved(
        () -> isNew() ? sectors.add(draft) : sectors.revise(editing, version(), draft),
        saved -> {
          Views.notice(isNew() ? "sector.added" : "sector.saved", saved.getCode());
          return "/sectors/index?faces-redirect=true";
        });
  }

  /** Adding, only the code can clash; changing, only the new place can be wrong. */
  @Override
  protected void refused(Refusal refusal) {
    if (refusal instanceof SectorChangeException || refusal instanceof UnknownSectorException) {
      FieldMessages.show(
          refusal,
          formId(),
          isNew() && refusal instanceof SectorChangeException ? "code" : "parent");
    } else {
      super.refused(refusal);
    }
  }

  /** A sector is changed by its code ({@code ?code=}), not an id. */
  @Override
  public String reload() {
    return "/sectors/edit?faces-redirect=true&code=" + editing;
  }

  /** The sectors it may sit within: any in use but itself and those below it. */
  public List<SelectItem> getParentOptions() {
    List<SelectItem> options = new ArrayList<>();
    int below = -1;
    List<String> kept = parent == null ? List.of() : List.of(parent);
    List<SelectItem> all = choices.options(kept);
    List<SectorRow> rows = choices.getRows();
    for (SectorRow row : rows) {
      String at = row.sector().getCode();
      if (below >= 0 && row.depth() > below) {
        continue;
      }
      below = at.equals(editing) ? row.depth() : -1;
      if (below < 0) {
        all.stream().filter(o -> at.equals(o.getValue())).findFirst().ifPresent(options::add);
      }
    }
    return options;
  }

  @Override
  public boolean isNew() {
    return editing == null;
  }

  /** The sector being changed ({@code ?code=}); none when adding. */
  public String getEditing() {
    return editing;
  }

  public void setEditing(String editing) {
    this.editing = editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getEnglishName() {
    return englishName;
  }

  public void setEnglishName(String englishName) {
    this.englishName = englishName;
  }

  public String getFrenchName() {
    return frenchName;
  }

  public void setFrenchName(String frenchName) {
    this.frenchName = frenchName;
  }
}
