package ca.gc.engagement.meeting.entity;

/** What sort of meeting it is. */
public enum MeetingKind {
  BILATERAL,
  MULTILATERAL,
  BANQUET,
  BRIEFING,
  SUMMIT,
  CALL
}
