package ca.gc.engagement.meeting.entity;

/** Which side of the table a participant sits on. */
public enum Side {
  OURS,
  COUNTERPART,
  THIRD_PARTY
}
