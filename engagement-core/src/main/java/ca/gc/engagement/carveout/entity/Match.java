package ca.gc.engagement.carveout.entity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One way a proposal touches a carve-out: which carve-out (and in which mode), what kind of thing
 * matched, the proposal's value or the keyword that matched, and a sentence a desk officer can read
 * aloud to explain it.
 */
public record Match(
    String carveOutCode, CarveOutMode mode, MatchKind kind, String value, String reason)
    implements Serializable {

  /** Carve-out, then sectors before regions before keywords, then value: a stable reading order. */
  public static final Comparator<Match> READING_ORDER =
      Comparator.comparing(Match::carveOutCode)
          .thenComparing(Match::kind)
          .thenComparing(Match::value, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(Match::value);

  public Match {
    Objects.requireNonNull(carveOutCode, "carveOutCode");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
  }
}
