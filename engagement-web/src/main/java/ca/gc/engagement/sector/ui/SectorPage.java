package ca.gc.engagement.sector.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One sector's history of changes ({@code ?code=}): who added, renamed or moved it, and when. */
@Named
@ViewScoped
public class SectorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SectorService sectors;

  private String code;
  private Sector sector;

  /** f:viewAction. */
  public void load() {
    sector = code == null ? null : sectors.find(code).orElse(null);
    if (sector == null) {
      Views.notFound();
    }
  }

  public List<RevisionEntry> getHistory() {
    return sectors.history(code);
  }

  public Sector getSector() {
    return sector;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
