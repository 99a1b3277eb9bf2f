package ca.gc.engagement.demo.control;

import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups of the Beijing mission (../shared/scenario.md), as a desk officer would enter
 * them, and the negotiating position the preliminary trade arrangement calls for (CONFIDENTIAL: it
 * is Canada's position before it is put to China). The scenario names no owners or days: each goes
 * to the division that would see to it, due when the scenario says the event comes.
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

  /** From the preliminary trade arrangement, due before its expected changes of 1 March 2026. */
  public static FollowUpDraft negotiatingPosition(long arrangement) {
    return new FollowUpDraft(
        "Prepare Canada's negotiating position on the final terms of the preliminary trade"
            + " arrangement: the volume and rate of the electric-vehicle quota against the timing"
            + " of China's canola duty cut and exemptions.",
        OriginKind.AGREEMENT,
        arrangement,
        "Trade Negotiations (Asia)",
        LocalDate.of(2026, 2, 27),
        Classification.CONFIDENTIAL);
  }
}
