package ca.gc.engagement.carveout.entity;

/** What in a proposal touched a carve-out: a sector it is tagged with, a region, or its text. */
public enum MatchKind {
  SECTOR,
  REGION,
  KEYWORD
}
