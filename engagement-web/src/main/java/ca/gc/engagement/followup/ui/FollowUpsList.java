package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpQuery;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The follow-ups list: words, status and a range of due dates narrow it, through the same query as
 * {@code GET /api/v1/follow-ups}, soonest due first; open ones past their due date say so in words.
 */
@Named
@ViewScoped
public class FollowUpsList extends RecordsList<FollowUp, FollowUpStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private FollowUpService followUps;

  @Override
  protected Page<FollowUp> page(ListFilters criteria, PageRequest request, String sort) {
    return followUps.list(
        new FollowUpQuery(
            criteria.getQ(), criteria.statusName(), criteria.getFrom(), criteria.getTo(), sort),
        request);
  }
}
