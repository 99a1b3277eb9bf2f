package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.ui.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Whether a follow-up is overdue today, the day as it is at headquarters (Ottawa), the zone the
 * intranet shows its dates in: a follow-up due on the 31st is overdue from the 1st in Ottawa.
 */
@Named
@RequestScoped
public class Overdue {

  @Inject private Language language;

  public boolean of(FollowUp followUp) {
    return followUp.overdue(LocalDate.now(language.getTimeZone().toZoneId()));
  }
}
