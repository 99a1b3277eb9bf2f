package ca.gc.engagement.search.entity;

/** The kinds of record the search reads across. */
public enum RecordKind {
  MISSION(MissionLine.class),
  MEETING(MeetingLine.class),
  AGREEMENT(AgreementLine.class),
  STATEMENT(StatementLine.class);

  private final Class<? extends KindLine> lines;

  RecordKind(Class<? extends KindLine> lines) {
    this.lines = lines;
  }

  /** What a list of this kind alone searches: its own table (or view), not the union. */
  public Class<? extends KindLine> lines() {
    return lines;
  }
}
