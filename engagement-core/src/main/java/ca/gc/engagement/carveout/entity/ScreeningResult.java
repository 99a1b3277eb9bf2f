package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What screening found, as one reader is shown it: the verdict and every match behind it (none when
 * CLEAR). {@code withheld} is 1 when carve-outs the reader is not cleared to see also match, and 0
 * otherwise: never how many, nor which, nor in what mode, so that the answer is the same whichever
 * hidden carve-out matched (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md). The
 * reader's verdict is then at least REVIEW: the record is held for a cleared approver.
 */
public record ScreeningResult(Verdict verdict, List<Match> matches, int withheld)
    implements Serializable {

  public ScreeningResult {
    matches = matches.stream().sorted(Match.READING_ORDER).toList();
  }

  /** The verdict that follows from the matches: any PROHIBIT match prohibits. */
  public static ScreeningResult of(Collection<Match> matches) {
    return new ScreeningResult(verdictOf(matches), List.copyOf(matches), 0);
  }

  public boolean isClear() {
    return verdict == Verdict.CLEAR;
  }

  /**
   * Whether carve-outs above the reader's clearance match too: the record waits for an approver
   * cleared to see them.
   */
  public boolean held() {
    return withheld > 0;
  }

  /** The codes of the carve-outs that matched and are listed, in alphabetical order. */
  public Set<String> carveOutCodes() {
    Set<String> codes = new TreeSet<>();
    matches.forEach(m -> codes.add(m.carveOutCode()));
    return codes;
  }

  /**
   * The same result for a reader of that clearance: the matches of carve-outs above it are taken
   * out; the verdict is the one the shown matches give, at least REVIEW when any was taken out (a
   * hidden PROHIBIT and a hidden REVIEW read alike), and {@code withheld} says only that something
   * was.
   */
  public ScreeningResult forReader(Classification clearance) {
    List<Match> shown =
        matches.stream().filter(m -> clearance.covers(m.carveOutClassification())).toList();
    if (shown.size() == matches.size()) {
      return this;
    }
    Verdict seen = verdictOf(shown);
    return new ScreeningResult(
        seen == Verdict.CLEAR ? Verdict.REVIEW : seen, shown, Math.max(1, withheld));
  }

  private static Verdict verdictOf(Collection<Match> matches) {
    return matches.isEmpty()
        ? Verdict.CLEAR
        : matches.stream().anyMatch(m -> m.mode() == CarveOutMode.PROHIBIT)
            ? Verdict.PROHIBITED
            : Verdict.REVIEW;
  }
}
