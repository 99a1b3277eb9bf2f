package ca.gc.engagement.meeting.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.Instant;

public class MeetingPeriodValidator extends PeriodOrder<MeetingPeriod, MeetingDraft, Instant> {

  public MeetingPeriodValidator() {
    super("endsAt", false);
  }

  @Override
  protected Instant start(MeetingDraft draft) {
    return draft.startsAt();
  }

  @Override
  protected Instant end(MeetingDraft draft) {
    return draft.endsAt();
  }
}
