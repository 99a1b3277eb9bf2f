package ca.gc.engagement.carveout.entity;

/**
 * The outcome of screening a proposal: CLEAR (no carve-out touches it), REVIEW (only carve-outs in
 * REVIEW mode do) or PROHIBITED (at least one PROHIBIT carve-out does, whatever else matched).
 */
public enum Verdict {
  CLEAR,
  REVIEW,
  PROHIBITED
}
