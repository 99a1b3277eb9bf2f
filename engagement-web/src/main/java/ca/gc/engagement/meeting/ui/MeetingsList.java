package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The meetings list: words, country, status and dates narrow it, through the same search as {@code
 * GET /api/v1/meetings}. Each page's missions are read in one call, for their titles; a mission the
 * user may not see leaves its cell empty.
 */
@Named
@ViewScoped
public class MeetingsList extends RecordsList<Meeting, MeetingStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private MeetingService meetings;

  @EJB private MissionService missions;

  private final Map<Long, String> missionTitles = new HashMap<>();

  @Override
  protected Page<Meeting> page(ListFilters criteria, PageRequest request, String sort) {
    Page<Meeting> page = meetings.search(criteria.recordQuery(sort), request);
    missionTitles.clear();
    missions
        .findAll(page.items().stream().map(Meeting::getMissionId).filter(Objects::nonNull).toList())
        .forEach(mission -> missionTitles.put(mission.getId(), mission.getTitle()));
    return page;
  }

  /** The title of a meeting's mission, when it has one the user may see; else null. */
  public String missionTitle(Meeting meeting) {
    return meeting.getMissionId() == null ? null : missionTitles.get(meeting.getMissionId());
  }
}
