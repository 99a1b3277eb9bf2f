package ca.gc.engagement.meeting.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/** A meeting is scheduled, then held or cancelled; either stays on file. */
public enum MeetingStatus implements Lifecycle<MeetingStatus> {
  SCHEDULED,
  HELD,
  CANCELLED;

  @Override
  public Set<MeetingStatus> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(HELD, CANCELLED);
      case HELD, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
    };
  }
}
