package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The stakeholders list: words (name or organisation), country of the jurisdiction and status
 * narrow it; the table pages and sorts on the server through the same query as {@code GET
 * /api/v1/stakeholders}. The filters are view parameters, so a filtered list is an address.
 */
@Named
@ViewScoped
public class StakeholdersList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StakeholderService stakeholders;

  private String q;
  private String country;
  private StakeholderStatus status;

  private final RecordsModel<Stakeholder> model =
      new RecordsModel<>(
          (request, sort) ->
              stakeholders.list(
                  new StakeholderQuery(q, country, status == null ? null : status.name(), sort),
                  request));

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/stakeholders/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank()) || (country != null && !country.isBlank()) || status != null;
  }

  public RecordsModel<Stakeholder> getModel() {
    return model;
  }

  public StakeholderStatus[] getStatuses() {
    return StakeholderStatus.values();
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

  public StakeholderStatus getStatus() {
    return status;
  }

  public void setStatus(StakeholderStatus status) {
    this.status = status;
  }
}
