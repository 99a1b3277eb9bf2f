package ca.gc.engagement.carveout.entity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What screening found: the verdict and every match behind it (none when CLEAR). {@code withheld}
 * counts the matching carve-outs the reader is not cleared to see: they weigh in the verdict (a
 * proposal is never cleared because its reader lacks a clearance) but their matches, which would
 * reveal what they cover, are not listed.
 */
public record ScreeningResult(Verdict verdict, List<Match> matches, int withheld)
    implements Serializable {

  public ScreeningResult {
    matches = matches.stream().sorted(Match.READING_ORDER).toList();
  }

  /** The verdict that follows from the matches: any PROHIBIT match prohibits. */
  public static ScreeningResult of(Collection<Match> matches) {
    Verdict verdict =
        matches.isEmpty()
            ? Verdict.CLEAR
            : matches.stream().anyMatch(m -> m.mode() == CarveOutMode.PROHIBIT)
                ? Verdict.PROHIBITED
                : Verdict.REVIEW;
    return new ScreeningResult(verdict, List.copyOf(matches), 0);
  }

  public boolean isClear() {
    return verdict == Verdict.CLEAR;
  }

  /** The codes of the carve-outs that matched and are listed, in alphabetical order. */
  public Set<String> carveOutCodes() {
    Set<String> codes = new TreeSet<>();
    matches.forEach(m -> codes.add(m.carveOutCode()));
    return codes;
  }

  /**
   * The same result for a reader who may not see the given carve-outs: their matches are taken out
   * and counted instead; the verdict stays.
   */
  public ScreeningResult withholding(Set<String> carveOutCodes) {
    Set<String> hidden = new TreeSet<>();
    List<Match> shown =
        matches.stream()
            .filter(
                m -> {
                  if (carveOutCodes.contains(m.carveOutCode())) {
                    hidden.add(m.carveOutCode());
                    return false;
                  }
                  return true;
                })
            .toList();
    return new ScreeningResult(verdict, shown, withheld + hidden.size());
  }
}
