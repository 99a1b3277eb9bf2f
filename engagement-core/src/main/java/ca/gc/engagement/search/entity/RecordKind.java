package ca.gc.engagement.search.entity;

/** The kinds of record the search reads across. */
public enum RecordKind {
  MISSION,
  MEETING,
  AGREEMENT,
  STATEMENT
}
