package ca.gc.engagement.carveout.api;

import ca.gc.engagement.api.CarveOutViolationMapper.MatchView;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * What screening found, as API v1 shows it to its reader: the verdict (CLEAR, REVIEW, PROHIBITED),
 * every match with its carve-out, kind (SECTOR, REGION, KEYWORD), value and reason. An agreement on
 * file is also screened against carve-outs above the reader's clearance: when one of them matches,
 * {@code withheld} is 1 (never how many or which: 0 otherwise, and always 0 for a question to
 * {@code /screenings}, which weighs only what the reader may see), the verdict is at least REVIEW,
 * and {@code held} says that the agreement waits for an approver cleared to see it
 * (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
 */
@JsonbPropertyOrder({"verdict", "matches", "withheld", "held"})
public record ScreeningRepresentation(
    Verdict verdict, List<MatchView> matches, int withheld, boolean held) {

  /** A question's answer, or a record's that nothing above the reader matches. */
  public static ScreeningRepresentation of(ScreeningResult result) {
    return of(result, result.held());
  }

  /** An agreement's screening, held or not as its outlook says (an exemption may have freed it). */
  public static ScreeningRepresentation of(ScreeningResult result, boolean held) {
    return new ScreeningRepresentation(
        result.verdict(),
        result.matches().stream().map(MatchView::of).toList(),
        result.withheld(),
        held);
  }
}
