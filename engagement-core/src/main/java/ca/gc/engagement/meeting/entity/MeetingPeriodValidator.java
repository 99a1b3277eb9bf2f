package ca.gc.engagement.meeting.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.Instant;

/** A meeting ends after it starts. */
public class MeetingPeriodValidator extends PeriodOrder<MeetingPeriod, MeetingDraft, Instant> {

  public MeetingPeriodValidator() {
    super("endsAt", false, MeetingDraft::startsAt, MeetingDraft::endsAt);
  }
}
