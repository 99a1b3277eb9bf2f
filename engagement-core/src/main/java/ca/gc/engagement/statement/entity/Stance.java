package ca.gc.engagement.statement.entity;

/** The position a statement takes on its topic. */
public enum Stance {
  SUPPORTS,
  OPPOSES,
  CONCERNED,
  NEUTRAL
}
