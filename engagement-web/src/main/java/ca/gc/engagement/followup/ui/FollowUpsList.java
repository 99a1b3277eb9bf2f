package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpQuery;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The follow-ups list: words, status and a range of due dates narrow it, through the same query as
 * {@code GET /api/v1/follow-ups}, soonest due first; open ones past their due date say so in words.
 * The filters are view parameters, so a filtered list is an address.
 */
@Named
@ViewScoped
public class FollowUpsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private FollowUpService followUps;

  private String q;
  private FollowUpStatus status;
  private LocalDate from;
  private LocalDate to;

  private final RecordsModel<FollowUp> model =
      new RecordsModel<>(
          (request, sort) ->
              followUps.list(
                  new FollowUpQuery(q, status == null ? null : status.name(), from, to, sort),
                  request));

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/follow-ups/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank()) || status != null || from != null || to != null;
  }

  public RecordsModel<FollowUp> getModel() {
    return model;
  }

  public FollowUpStatus[] getStatuses() {
    return FollowUpStatus.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public void setStatus(FollowUpStatus status) {
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
