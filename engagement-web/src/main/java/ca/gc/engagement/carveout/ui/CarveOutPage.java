package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One carve-out: what it covers (sectors with everything below them, regions, keywords), whom it
 * applies to, when, and whether it prohibits or calls for a review; for administrators, editing and
 * retiring it (never deleting: it stays on file to explain past screenings). Missing and above
 * clearance both answer 404.
 */
@Named
@ViewScoped
public class CarveOutPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CarveOutService carveOuts;

  private Long id;
  private CarveOut carveOut;

  /** f:viewAction. */
  public void load() {
    carveOut = id == null ? null : carveOuts.find(id).orElse(null);
    if (carveOut == null) {
      Views.notFound();
    }
  }

  /**
   * Retires the carve-out on the version the page showed; the service refuses anyone but admins.
   */
  public String retire() {
    try {
      carveOuts.retire(id, carveOut.getVersion());
      Views.notice("carveOut.retired", carveOut.getName());
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return "/carve-outs/carve-out?faces-redirect=true&id=" + id;
  }

  public boolean isActive() {
    return carveOut.getStatus() == CarveOutStatus.ACTIVE;
  }

  public List<String> getCountries() {
    return carveOut.getCountries().stream().map(CountryCode::value).toList();
  }

  public List<String> getSectors() {
    return List.copyOf(carveOut.getSectors());
  }

  public List<String> getRegions() {
    return List.copyOf(carveOut.getRegions());
  }

  public List<String> getKeywords() {
    return List.copyOf(carveOut.getKeywords());
  }

  public List<RevisionEntry> getHistory() {
    return carveOuts.history(id);
  }

  public CarveOut getCarveOut() {
    return carveOut;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
