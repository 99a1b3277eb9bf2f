package ca.gc.engagement.meeting.entity;

import java.util.EnumSet;
import java.util.Set;

/** A meeting is scheduled, then held or cancelled; either stays on file. */
public enum MeetingStatus {
  SCHEDULED,
  HELD,
  CANCELLED;

  public Set<MeetingStatus> next() {
    return switch (this) {
      case SCHEDULED -> EnumSet.of(HELD, CANCELLED);
      case HELD, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
    };
  }
}
