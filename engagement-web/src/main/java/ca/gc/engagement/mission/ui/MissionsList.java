package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The missions list: words, counterpart, status and dates narrow it; the table pages and sorts on
 * the server through the same search as {@code GET /api/v1/missions}. The filters are view
 * parameters, so a filtered list is an address a desk officer can bookmark or send.
 */
@Named
@ViewScoped
public class MissionsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  private String q;
  private String country;
  private MissionStatus status;
  private LocalDate from;
  private LocalDate to;

  private final RecordsModel<Mission> model =
      new RecordsModel<>(
          (request, sort) ->
              missions.search(
                  new RecordQuery(
                      q,
                      Set.of(),
                      country,
                      null,
                      status == null ? null : status.name(),
                      from,
                      to,
                      sort),
                  request));

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/missions/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || (country != null && !country.isBlank())
        || status != null
        || from != null
        || to != null;
  }

  public RecordsModel<Mission> getModel() {
    return model;
  }

  public MissionStatus[] getStatuses() {
    return MissionStatus.values();
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

  public MissionStatus getStatus() {
    return status;
  }

  public void setStatus(MissionStatus status) {
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
