package ca.gc.engagement.followup.ui;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.followup.entity.FollowUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether a follow-up is overdue today, the department's day (decision 0035), the zone the intranet
 * shows its dates in: a follow-up due on the 31st is overdue from the 1st in Ottawa.
 */
@Named
@RequestScoped
public class Overdue {

  @Inject private Department department;

  public boolean of(FollowUp followUp) {
    return followUp.overdue(department.today());
  }
}
