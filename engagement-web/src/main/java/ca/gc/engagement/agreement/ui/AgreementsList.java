package ca.gc.engagement.agreement.ui;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agreements list: words, party, sector (with the sectors within it), status and dates narrow
 * it, through the same search as {@code GET /api/v1/agreements}; each row shows its screening
 * verdict as of today, read for the whole page at once. The filters are view parameters, so a
 * filtered list is an address to bookmark or send.
 */
@Named
@ViewScoped
public class AgreementsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AgreementService agreements;

  private String q;
  private String country;
  private String sector;
  private AgreementStatus status;
  private LocalDate from;
  private LocalDate to;
  private boolean refused;

  private final Map<Long, Verdict> verdicts = new HashMap<>();

  private final RecordsModel<Agreement> model = new RecordsModel<>(this::page);

  private Page<Agreement> page(PageRequest request, String sort) {
    Page<Agreement> found =
        agreements.search(
            new RecordQuery(
                q,
                Set.of(),
                country,
                sector,
                status == null ? null : status.name(),
                from,
                to,
                sort),
            request);
    List<AgreementOutlook> outlooks = agreements.outlooks(found.items());
    verdicts.clear();
    for (int i = 0; i < found.items().size(); i++) {
      verdicts.put(found.items().get(i).getId(), outlooks.get(i).screening().verdict());
    }
    return found;
  }

  /**
   * f:viewAction: reads the first page before rendering, so that criteria the search refuses (an
   * address edited by hand: an unknown sector, dates the wrong way round) are said plainly above
   * the filters instead of breaking the table.
   */
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

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/agreements/index?faces-redirect=true&includeViewParams=true";
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

  /** The verdict of an agreement on the page shown, as of today. */
  public Verdict verdictOf(Agreement agreement) {
    return verdicts.get(agreement.getId());
  }

  /** The parties by code, in alphabetical order. */
  public List<String> partiesOf(Agreement agreement) {
    return agreement.getParties().stream().sorted().toList();
  }

  public boolean isRefused() {
    return refused;
  }

  public RecordsModel<Agreement> getModel() {
    return model;
  }

  public AgreementStatus[] getStatuses() {
    return AgreementStatus.values();
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

  public AgreementStatus getStatus() {
    return status;
  }

  public void setStatus(AgreementStatus status) {
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
