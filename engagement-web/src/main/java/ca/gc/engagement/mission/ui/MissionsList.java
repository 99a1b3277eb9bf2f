package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The missions list: words, counterpart, status and dates narrow it, through the same search as
 * {@code GET /api/v1/missions}.
 */
@Named
@ViewScoped
public class MissionsList extends RecordsList<Mission, MissionStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  @Override
  protected Page<Mission> page(ListFilters criteria, PageRequest request, String sort) {
    return missions.search(criteria.recordQuery(sort), request);
  }
}
