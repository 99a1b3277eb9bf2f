package ca.gc.engagement.demo.control;

import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups of the Beijing mission (../shared/scenario.md), as a desk officer would enter
 * them.
 */
public final class FollowUpScenario {

  private FollowUpScenario() {}

  public static FollowUpDraft fiveYearPlan(long mission) {
    return new FollowUpDraft(
        "China's next five-year plan, expected March 2026: find the sectors where Canada could"
            + " benefit.",
        OriginKind.MISSION,
        mission,
        "Greater China Division",
        LocalDate.of(2026, 3, 31),
        Classification.UNCLASSIFIED);
  }

  public static FollowUpDraft apecSummit(long mission) {
    return new FollowUpDraft(
        "APEC summit, November 2026, hosted by China: the Prime Minister is expected back; touch"
            + " base on economic ties.",
        OriginKind.MISSION,
        mission,
        "APEC Senior Official's office",
        LocalDate.of(2026, 11, 1),
        Classification.UNCLASSIFIED);
  }

  public static FollowUpDraft northAmericanNegotiations(long mission) {
    return new FollowUpDraft(
        "Negotiations on the North American trade agreement this year, closely watched by"
            + " Washington.",
        OriginKind.MISSION,
        mission,
        "Trade Negotiations (North America)",
        LocalDate.of(2026, 12, 31),
        Classification.PROTECTED_A);
  }

  public static FollowUpDraft doubleNonUsTrade(long mission) {
    return new FollowUpDraft(
        "Objective: double non-U.S. trade by 2035.",
        OriginKind.MISSION,
        mission,
        "Chief Economist",
        LocalDate.of(2035, 12, 31),
        Classification.UNCLASSIFIED);
  }

  public static List<FollowUpDraft> all(long mission) {
    return List.of(
        fiveYearPlan(mission),
        apecSummit(mission),
        northAmericanNegotiations(mission),
        doubleNonUsTrade(mission));
  }
}
