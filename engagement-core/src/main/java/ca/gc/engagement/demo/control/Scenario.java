package ca.gc.engagement.demo.control;

import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;

/**
 * The scenario the project started from (../shared/scenario.md), the demo dataset and the yardstick
 * of the model, as the drafts a desk officer would enter. Its pieces: the two missions (here), the
 * stakeholders ({@link ScenarioStakeholders}) and their positions ({@link ScenarioStatements}), the
 * meetings in Beijing ({@link MeetingScenario}), the trade dispute ({@link TradeMeasureScenario}),
 * the agreements ({@link AgreementScenario}) and the follow-ups ({@link FollowUpScenario}). {@link
 * ScenarioLoader} records them through the services, in an order where every id a draft names
 * exists.
 */
public final class Scenario {

  public static final String MISSION_TITLE =
      "Prime Minister's visit to the People's Republic of China";
  public static final String MISSION_LEAD = "Prime Minister Mark Carney";
  public static final LocalDate VISIT_STARTS = LocalDate.of(2026, 1, 13);
  public static final LocalDate VISIT_ENDS = LocalDate.of(2026, 1, 17);

  private Scenario() {}

  public static MissionDraft primeMinistersVisit() {
    return new MissionDraft(
        MISSION_TITLE,
        "CN",
        "Beijing",
        VISIT_STARTS,
        VISIT_ENDS,
        MISSION_LEAD,
        "Advance trade and environmental co-operation; resolve the tariff dispute; keep national"
            + " security and the Arctic out of scope.",
        Classification.UNCLASSIFIED);
  }

  /**
   * The Premier of Saskatchewan's visit to China during the same days: a mission of its own. The
   * scenario names no city; it is recorded in Beijing, where the scenario's meetings are.
   */
  public static MissionDraft premierOfSaskatchewansVisit() {
    return new MissionDraft(
        "Premier of Saskatchewan's visit to the People's Republic of China",
        "CN",
        "Beijing",
        VISIT_STARTS,
        VISIT_ENDS,
        "Premier Scott Moe",
        "Press China to drop its tariffs on Canadian canola.",
        Classification.UNCLASSIFIED);
  }
}
