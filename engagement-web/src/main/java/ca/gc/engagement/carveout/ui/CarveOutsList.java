package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The carve-outs list, for everyone (at or below their clearance): words in the code or name, a
 * country they apply to, a sector they cover (or one within it) and status narrow it, through the
 * same query as {@code GET /api/v1/carve-outs}. The filters are view parameters.
 */
@Named
@ViewScoped
public class CarveOutsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CarveOutService carveOuts;

  private String q;
  private String country;
  private String sector;
  private CarveOutStatus status;
  private boolean refused;

  private final RecordsModel<CarveOut> model =
      new RecordsModel<>(
          (request, sort) ->
              carveOuts.list(
                  new CarveOutQuery(
                      q, country, sector, status == null ? null : status.name(), null, null, sort),
                  request));

  /** f:viewAction: criteria the query refuses (an address edited by hand) are said plainly. */
  public void load() {
    try {
      model.count(Map.of());
    } catch (ConstraintViolationException invalid) {
      refused = true;
      FieldMessages.show(invalid, "filters");
    } catch (UnknownSectorException unknown) {
      refused = true;
      FieldMessages.show(unknown, "filters", "sector");
    }
  }

  public String filter() {
    model.refresh();
    return "/carve-outs/index?faces-redirect=true&includeViewParams=true";
  }

  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || (country != null && !country.isBlank())
        || (sector != null && !sector.isBlank())
        || status != null;
  }

  /** The countries it applies to, by code; none for every country. */
  public List<String> countriesOf(CarveOut carveOut) {
    return carveOut.getCountries().stream().map(CountryCode::value).toList();
  }

  public boolean isRefused() {
    return refused;
  }

  public RecordsModel<CarveOut> getModel() {
    return model;
  }

  public CarveOutStatus[] getStatuses() {
    return CarveOutStatus.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public CarveOutStatus getStatus() {
    return status;
  }

  public void setStatus(CarveOutStatus status) {
    this.status = status;
  }
}
