package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The stakeholders list: words (name or organisation), country of the jurisdiction and status
 * narrow it, through the same query as {@code GET /api/v1/stakeholders}.
 */
@Named
@ViewScoped
public class StakeholdersList extends RecordsList<Stakeholder, StakeholderStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private StakeholderService stakeholders;

  @Override
  protected Page<Stakeholder> page(ListFilters criteria, PageRequest request, String sort) {
    return stakeholders.list(
        new StakeholderQuery(criteria.getQ(), criteria.getCountry(), criteria.statusName(), sort),
        request);
  }
}
