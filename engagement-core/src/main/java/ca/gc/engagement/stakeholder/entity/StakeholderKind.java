package ca.gc.engagement.stakeholder.entity;

/** Whose voice a stakeholder is: which side of an engagement their positions come from. */
public enum StakeholderKind {
  FEDERAL,
  PROVINCIAL,
  FOREIGN_GOVERNMENT,
  EXPERT,
  BUSINESS,
  MEDIA
}
