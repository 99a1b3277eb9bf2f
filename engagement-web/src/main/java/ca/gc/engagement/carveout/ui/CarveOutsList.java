package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
import ca.gc.engagement.carveout.entity.CarveOutStatus;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The carve-outs list, for everyone (at or below their clearance): words in the code or name, a
 * country they apply to, a sector they cover (or one within it) and status narrow it, through the
 * same query as {@code GET /api/v1/carve-outs}.
 */
@Named
@ViewScoped
public class CarveOutsList extends RecordsList<CarveOut, CarveOutStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private CarveOutService carveOuts;

  @Override
  protected Page<CarveOut> page(ListFilters criteria, PageRequest request, String sort) {
    return carveOuts.list(criteria.query(CarveOutQuery::new, sort), request);
  }

  /** The countries it applies to, by code; none for every country. */
  public List<String> countriesOf(CarveOut carveOut) {
    return carveOut.getCountries().stream().map(CountryCode::value).toList();
  }
}
