package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One way a proposal touches a carve-out: which carve-out (its code, its classification and its
 * mode), what kind of thing matched, the proposal's value or the keyword that matched, and a
 * sentence a desk officer can read aloud to explain it. Code and classification together name the
 * carve-out: two carve-outs at different classifications may share a code, so that declaring one
 * never reveals a code above the declarer's clearance
 * (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
 */
public record Match(
    String carveOutCode,
    Classification carveOutClassification,
    CarveOutMode mode,
    MatchKind kind,
    String value,
    String reason)
    implements Serializable {

  /** Carve-out, then sectors before regions before keywords, then value: a stable reading order. */
  public static final Comparator<Match> READING_ORDER =
      Comparator.comparing(Match::carveOutCode)
          .thenComparing(Match::kind)
          .thenComparing(Match::value, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Match::value);

  public Match {
    Objects.requireNonNull(carveOutCode, "carveOutCode");
    Objects.requireNonNull(carveOutClassification, "carveOutClassification");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }
}
