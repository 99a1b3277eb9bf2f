package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A screening's matches as lines a reader can act on: which carve-out, whether it prohibits or
 * calls for review, what matched and why; and, when carve-outs above the reader's clearance match
 * too, that they do (never how many: docs/decisions/0031).
 */
final class ScreeningText {

  private ScreeningText() {}

  static List<String> matches(ScreeningResult screening) {
    List<String> lines = new ArrayList<>();
    for (Match match : screening.matches()) {
      lines.add(
          text(
              "agreement.match",
              match.carveOutCode(),
              BriefingLabels.of(match.mode()),
              BriefingLabels.of(match.kind()),
              match.value(),
              match.reason()));
    }
    if (screening.withheld() > 0) {
      lines.add(text("agreement.withheld"));
    }
    return lines;
  }
}
