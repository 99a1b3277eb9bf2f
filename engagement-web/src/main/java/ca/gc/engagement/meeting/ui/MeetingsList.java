package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The meetings list: words, country, status and dates narrow it; the table pages and sorts on the
 * server through the same search as {@code GET /api/v1/meetings}. The filters are view parameters,
 * so a filtered list is an address to bookmark or send. Each page's missions are read in one call,
 * for their titles; a mission the user may not see leaves its cell empty.
 */
@Named
@ViewScoped
public class MeetingsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MeetingService meetings;

  @EJB private MissionService missions;

  private String q;
  private String country;
  private MeetingStatus status;
  private LocalDate from;
  private LocalDate to;

  private final Map<Long, String> missionTitles = new HashMap<>();

  private final RecordsModel<Meeting> model = new RecordsModel<>(this::load);

  private Page<Meeting> load(PageRequest request, String sort) {
    Page<Meeting> page =
        meetings.search(
            new RecordQuery(
                q, Set.of(), country, null, status == null ? null : status.name(), from, to, sort),
            request);
    missionTitles.clear();
    missions
        .findAll(page.items().stream().map(Meeting::getMissionId).filter(Objects::nonNull).toList())
        .forEach(mission -> missionTitles.put(mission.getId(), mission.getTitle()));
    return page;
  }

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/meetings/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || (country != null && !country.isBlank())
        || status != null
        || from != null
        || to != null;
  }

  /** The title of a meeting's mission, when it has one the user may see; else null. */
  public String missionTitle(Meeting meeting) {
    return meeting.getMissionId() == null ? null : missionTitles.get(meeting.getMissionId());
  }

  public RecordsModel<Meeting> getModel() {
    return model;
  }

  public MeetingStatus[] getStatuses() {
    return MeetingStatus.values();
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

  public MeetingStatus getStatus() {
    return status;
  }

  public void setStatus(MeetingStatus status) {
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
