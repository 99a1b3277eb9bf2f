package ca.gc.engagement.carveout.entity;

import java.io.Serializable;

/**
 * A record on file screened for one reader. {@code shown} is what that reader may be told (the
 * matches of the carve-outs they may see; see {@link ScreeningResult#forReader}); {@code verdict}
 * is what every carve-out in force says, the one the record's rules follow. The second is never
 * shown to a reader who may not see every match: it would tell a hidden PROHIBIT from a hidden
 * REVIEW.
 */
public record Screened(ScreeningResult shown, Verdict verdict) implements Serializable {

  /** Whether carve-outs above the reader's clearance match the record too. */
  public boolean withholdsMatches() {
    return shown.held();
  }
}
