package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureQuery;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The trade measures list: words in the title, a country (imposing or targeted), a sector (with the
 * sectors within it), a status and first days in force narrow it, through the same query as {@code
 * GET /api/v1/trade-measures}; the table pages and sorts on the server. The filters are view
 * parameters, so a filtered list is an address.
 */
@Named
@ViewScoped
public class TradeMeasuresList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TradeMeasureService measures;

  private String q;
  private String country;
  private String sector;
  private TradeMeasureStatus status;
  private LocalDate from;
  private LocalDate to;
  private boolean refused;

  private final RecordsModel<TradeMeasure> model =
      new RecordsModel<>(
          (request, sort) ->
              measures.list(
                  new TradeMeasureQuery(
                      q, country, sector, status == null ? null : status.name(), from, to, sort),
                  request));

  /**
   * f:viewAction: the first page, read before the page renders, so that criteria the service
   * refuses (dates the wrong way round, say) are told next to their fields.
   */
  public void load() {
    try {
      model.count(Map.of());
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "filters");
      refused = true;
    } catch (UnknownSectorException unknown) {
      FieldMessages.show(unknown, "filters", "sector");
      refused = true;
    }
  }

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/trade-measures/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || (country != null && !country.isBlank())
        || (sector != null && !sector.isBlank())
        || status != null
        || from != null
        || to != null;
  }

  /** Whether the service refused the criteria (the table is then not shown). */
  public boolean isRefused() {
    return refused;
  }

  public RecordsModel<TradeMeasure> getModel() {
    return model;
  }

  public TradeMeasureStatus[] getStatuses() {
    return TradeMeasureStatus.values();
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

  public TradeMeasureStatus getStatus() {
    return status;
  }

  public void setStatus(TradeMeasureStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
