package ca.gc.engagement.search.entity;

/** The kinds of record the search reads across. */
public enum RecordKind {
  MISSION(MissionLine.class),
  MEETING(MeetingLine.class),
  AGREEMENT(AgreementLine.class),
  STATEMENT(StatementLine.class);

  private final Class<? extends SearchLine> lines;

  RecordKind(Class<? extends SearchLine> lines) {
    this.lines = lines;
  }

  /** The search's view of this kind alone. */
  public Class<? extends SearchLine> lines() {
    return lines;
  }
}
