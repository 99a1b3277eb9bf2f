package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.ui.RecordPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * One carve-out: what it covers (sectors with everything below them, regions, keywords), whom it
 * applies to, when, and whether it prohibits or calls for a review; for administrators, editing and
 * retiring it (never deleting: it stays on file to explain past screenings). Missing and above
 * clearance both answer 404.
 */
@Named
@ViewScoped
public class CarveOutPage extends RecordPage<CarveOut> {

  private static final long serialVersionUID = 1L;

  @EJB private CarveOutService carveOuts;

  @Override
  protected Shown<CarveOut> shown() {
    return new Shown<>("/carve-outs/carve-out", carveOuts::find, carveOuts::history);
  }

  /**
   * Retires the carve-out on the version the page showed; the service refuses anyone but admins.
   */
  public String retire() {
    return step(
        version -> carveOuts.retire(getId(), version), "carveOut.retired", getCarveOut().getName());
  }

  public boolean isActive() {
    return getCarveOut().getStatus() == CarveOutStatus.ACTIVE;
  }

  public List<String> getCountries() {
    return getCarveOut().getCountries().stream().map(CountryCode::value).toList();
  }

  public List<String> getSectors() {
    return List.copyOf(getCarveOut().getSectors());
  }

  public List<String> getRegions() {
    return List.copyOf(getCarveOut().getRegions());
  }

  public List<String> getKeywords() {
    return List.copyOf(getCarveOut().getKeywords());
  }

  public CarveOut getCarveOut() {
    return record();
  }
}
