package ca.gc.engagement.carveout.api;

import ca.gc.engagement.api.CarveOutViolationMapper.MatchView;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.entity.Verdict;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * What screening found, as API v1 shows it: the verdict (CLEAR, REVIEW, PROHIBITED), every match
 * with its carve-out, kind (SECTOR, REGION, KEYWORD), value and reason, and how many matching
 * carve-outs are above the reader's clearance ({@code withheld}: they weigh in the verdict, but
 * what they cover is not shown).
 */
@JsonbPropertyOrder({"verdict", "matches", "withheld"})
public record ScreeningRepresentation(Verdict verdict, List<MatchView> matches, int withheld) {

  public static ScreeningRepresentation of(ScreeningResult result) {
    return new ScreeningRepresentation(
        result.verdict(), result.matches().stream().map(MatchView::of).toList(), result.withheld());
  }
}
