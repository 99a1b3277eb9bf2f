package ca.gc.engagement.carveout.entity;

/**
 * What a carve-out does to a proposal it touches: PROHIBIT holds it back (an agreement is not
 * concluded), REVIEW sends it to someone who decides.
 */
public enum CarveOutMode {
  PROHIBIT,
  REVIEW
}
