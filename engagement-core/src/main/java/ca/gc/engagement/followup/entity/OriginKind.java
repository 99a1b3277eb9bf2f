package ca.gc.engagement.followup.entity;

/** The kind of record a follow-up comes from; with the origin's id it names that record. */
public enum OriginKind {
  MISSION("mission"),
  MEETING("meeting"),
  AGREEMENT("agreement");

  private final String kind;

  OriginKind(String kind) {
    this.kind = kind;
  }

  /** The record kind as messages name it ("mission"), the KIND of its entity. */
  public String kind() {
    return kind;
  }
}
