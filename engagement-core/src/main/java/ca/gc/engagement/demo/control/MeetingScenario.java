package ca.gc.engagement.demo.control;

import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.security.entity.Classification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The meetings of the Beijing mission (../shared/scenario.md), in Beijing time, each with the
 * readout recorded once it was held. The scenario gives the days; the hours are the demo's. Besides
 * the scenario's three meetings, the Prime Minister's internal briefing before the bilateral with
 * President Xi: SECRET, so that readers below that clearance do not see it. The readout of the
 * meeting with the party leaders is PROTECTED B, and so is that meeting's record.
 */
public final class MeetingScenario {

  public static final String BEIJING_TIME = "Asia/Shanghai";
  public static final LocalDate THURSDAY = LocalDate.of(2026, 1, 15);
  public static final LocalDate FRIDAY = LocalDate.of(2026, 1, 16);

  public static final String XI_BILATERAL = "Bilateral meeting with President Xi Jinping";
  public static final String BRIEFING =
      "Internal briefing before the bilateral meeting with President Xi Jinping";

  /** A meeting as scheduled, and the readout it was held with. */
  public record HeldMeeting(MeetingDraft draft, String readout) {}

  private MeetingScenario() {}

  /** Thursday 15 January. */
  public static HeldMeeting partyLeaders(long mission, ScenarioStakeholders.Ids people) {
    return new HeldMeeting(
        new MeetingDraft(
            mission,
            "Meeting with senior leaders of the Communist Party of China",
            MeetingKind.BILATERAL,
            beijing(THURSDAY, 10, 0),
            beijing(THURSDAY, 11, 30),
            BEIJING_TIME,
            "Beijing",
            "CN",
            List.of(
                new Participant(people.carney(), Side.OURS, "Head of delegation"),
                new Participant(people.partyLeaders(), Side.COUNTERPART, "Hosts")),
            Set.of("AGRI_FOOD", "FISHERIES", "ENVIRONMENT"),
            "Trade and environmental co-operation; the tariff dispute.",
            Classification.PROTECTED_B),
        "Held ahead of the bilateral meeting with President Xi Jinping on Friday. Trade,"
            + " environmental co-operation and the tariff dispute were on the agenda.");
  }

  /** Friday 16 January, before the bilateral. */
  public static HeldMeeting briefing(long mission, ScenarioStakeholders.Ids people) {
    return new HeldMeeting(
        new MeetingDraft(
            mission,
            BRIEFING,
            MeetingKind.BRIEFING,
            beijing(FRIDAY, 8, 30),
            beijing(FRIDAY, 9, 30),
            BEIJING_TIME,
            "Beijing",
            "CN",
            List.of(new Participant(people.carney(), Side.OURS, "Briefed")),
            Set.of("NATIONAL_SECURITY"),
            "Electoral-interference and human-rights concerns: what the Prime Minister raises with"
                + " President Xi Jinping.",
            Classification.SECRET),
        "The Prime Minister was briefed on the electoral-interference and human-rights concerns"
            + " before the bilateral meeting.");
  }

  /** Friday 16 January; the readout states the outcome reported at the end of the visit. */
  public static HeldMeeting xiBilateral(long mission, ScenarioStakeholders.Ids people) {
    return new HeldMeeting(
        new MeetingDraft(
            mission,
            XI_BILATERAL,
            MeetingKind.BILATERAL,
            beijing(FRIDAY, 10, 0),
            beijing(FRIDAY, 11, 30),
            BEIJING_TIME,
            "Beijing",
            "CN",
            List.of(
                new Participant(people.carney(), Side.OURS, "Head of delegation"),
                new Participant(people.xi(), Side.COUNTERPART, "Head of delegation")),
            Set.of(
                "CANOLA",
                "PULSES",
                "PORK",
                "SEAFOOD",
                "ELECTRIC_VEHICLES",
                "STEEL",
                "ALUMINIUM",
                "OIL_AND_GAS",
                "ENVIRONMENT"),
            "The tariff dispute: Canada's surtaxes on Chinese electric vehicles, steel and"
                + " aluminium; China's duties on Canadian canola, peas, pork and seafood. Energy and"
                + " environmental co-operation. Trade facilitation.",
            Classification.UNCLASSIFIED),
        "A preliminary trade arrangement is reported: Canada admits up to 49,000 electric"
            + " vehicles from China a year at 6.1 %; China is expected to cut its duties on"
            + " Canadian canola seed to about 15 % by 1 March 2026, and to exempt canola meal,"
            + " lobster, crab and peas from 1 March to at least the end of 2026.");
  }

  /** Friday 16 January, in the evening. */
  public static HeldMeeting businessBanquet(long mission, ScenarioStakeholders.Ids people) {
    return new HeldMeeting(
        new MeetingDraft(
            mission,
            "Business banquet hosted by the Canada China Business Council",
            MeetingKind.BANQUET,
            beijing(FRIDAY, 19, 0),
            beijing(FRIDAY, 21, 30),
            BEIJING_TIME,
            "Beijing",
            "CN",
            List.of(
                new Participant(people.carney(), Side.OURS, "Guest"),
                new Participant(
                    people.shantz(),
                    Side.THIRD_PARTY,
                    "Host, President of the Canada China Business Council")),
            Set.of(),
            "Business ties between Canada and China.",
            Classification.UNCLASSIFIED),
        "Held on the evening of the bilateral meeting.");
  }

  private static Instant beijing(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ZoneId.of(BEIJING_TIME)).toInstant();
  }
}
