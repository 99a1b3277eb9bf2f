package ca.gc.engagement.demo.control;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.demo.control.AgreementScenario.Step;
import ca.gc.engagement.demo.control.MeetingScenario.HeldMeeting;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;

/**
 * Records the whole {@link Scenario} through the services, as a desk officer and an approver would:
 * what a draft names by id is recorded before it (missions and stakeholders before meetings and
 * statements, a measure before the retaliations and exemptions that name it, the bilateral meeting
 * before the arrangement that came out of it), and every status is reached by its transitions. Each
 * call is the service's own unit of work; a refusal stops the load where it happened.
 */
public class ScenarioLoader {

  /** The services the scenario goes through: the EJBs in the server, hand-wired in unit tests. */
  public record Services(
      MissionService missions,
      StakeholderService stakeholders,
      StatementService statements,
      MeetingService meetings,
      TradeMeasureService tradeMeasures,
      AgreementService agreements,
      FollowUpService followUps) {}

  private record Missions(long beijing, long saskatchewan) {}

  private final Services services;

  public ScenarioLoader(Services services) {
    this.services = services;
  }

  /** The demo goes only into a database where nobody has recorded a mission yet. */
  public boolean databaseIsEmpty() {
    return services.missions().list(PageRequest.first(1)).total() == 0;
  }

  public void load() {
    Missions missions = planMissions();
    ScenarioStakeholders.Ids people = recordStakeholders();
    recordStatements(people, missions);
    long xiBilateral = holdMeetings(missions.beijing(), people);
    completeMissions(missions);
    recordTradeMeasures();
    long arrangement = recordAgreements(missions.beijing(), xiBilateral);
    recordFollowUps(missions.beijing(), arrangement);
  }

  private Missions planMissions() {
    return new Missions(
        underway(Scenario.primeMinistersVisit()), underway(Scenario.premierOfSaskatchewansVisit()));
  }

  /** Planned, then underway: the rest of the scenario is recorded while the visits run. */
  private long underway(MissionDraft draft) {
    Mission mission = services.missions().plan(draft);
    mission =
        services.missions().moveTo(mission.getId(), mission.getVersion(), MissionStatus.UNDERWAY);
    return mission.getId();
  }

  /** The visits are over: both missions are completed. */
  private void completeMissions(Missions missions) {
    complete(missions.beijing());
    complete(missions.saskatchewan());
  }

  private void complete(long id) {
    long version = services.missions().find(id).orElseThrow().getVersion();
    services.missions().moveTo(id, version, MissionStatus.COMPLETED);
  }

  private ScenarioStakeholders.Ids recordStakeholders() {
    return new ScenarioStakeholders.Ids(
        record(ScenarioStakeholders.CARNEY),
        record(ScenarioStakeholders.XI),
        record(ScenarioStakeholders.MOE),
        record(ScenarioStakeholders.FORD),
        record(ScenarioStakeholders.WESTERN_AND_ATLANTIC_PREMIERS),
        record(ScenarioStakeholders.NADJIBULLA),
        record(ScenarioStakeholders.LOH),
        record(ScenarioStakeholders.SHANTZ),
        record(ScenarioStakeholders.CHINA_DAILY),
        record(ScenarioStakeholders.PARTY_LEADERS));
  }

  private long record(StakeholderDraft draft) {
    return services.stakeholders().record(draft).getId();
  }

  private void recordStatements(ScenarioStakeholders.Ids people, Missions missions) {
    ScenarioStatements.all(people, missions.beijing(), missions.saskatchewan())
        .forEach(services.statements()::record);
  }

  /** The meetings in the order they happened; returns the bilateral with President Xi. */
  private long holdMeetings(long mission, ScenarioStakeholders.Ids people) {
    hold(MeetingScenario.partyLeaders(mission, people));
    hold(MeetingScenario.briefing(mission, people));
    long xiBilateral = hold(MeetingScenario.xiBilateral(mission, people));
    hold(MeetingScenario.businessBanquet(mission, people));
    return xiBilateral;
  }

  private long hold(HeldMeeting meeting) {
    var scheduled = services.meetings().schedule(meeting.draft());
    return services
        .meetings()
        .hold(scheduled.getId(), scheduled.getVersion(), meeting.readout())
        .getId();
  }

  /**
   * Canada's surtaxes, China's answers to them, the canola-seed deposit (its expected cut is a
   * later rate of the same measure), then what the preliminary arrangement proposes.
   */
  private void recordTradeMeasures() {
    long ev = inForce(TradeMeasureScenario.electricVehicles());
    inForce(TradeMeasureScenario.steel());
    inForce(TradeMeasureScenario.aluminium());
    long canola = inForce(TradeMeasureScenario.canolaOilMealAndPeas(ev));
    inForce(TradeMeasureScenario.pork(ev));
    long seafood = inForce(TradeMeasureScenario.seafood(ev));
    inForce(TradeMeasureScenario.canolaSeed());
    proposed(TradeMeasureScenario.canolaMealAndPeasExemption(canola));
    proposed(TradeMeasureScenario.lobsterAndCrabExemption(seafood));
    proposed(TradeMeasureScenario.electricVehicleQuota());
  }

  private long inForce(TradeMeasureDraft draft) {
    TradeMeasure measure = services.tradeMeasures().record(draft);
    services
        .tradeMeasures()
        .moveTo(measure.getId(), measure.getVersion(), TradeMeasureStatus.IN_FORCE);
    return measure.getId();
  }

  private long proposed(TradeMeasureDraft draft) {
    return services.tradeMeasures().record(draft).getId();
  }

  /** The expected agreements, then the arrangement with its steps; returns the arrangement. */
  private long recordAgreements(long mission, long xiBilateral) {
    AgreementScenario.expected(mission).forEach(services.agreements()::propose);
    Agreement arrangement =
        services
            .agreements()
            .propose(AgreementScenario.preliminaryArrangement(mission, xiBilateral));
    for (Step step : AgreementScenario.preliminaryArrangementSteps()) {
      arrangement =
          services
              .agreements()
              .moveTo(
                  arrangement.getId(),
                  arrangement.getVersion(),
                  step.to(),
                  step.on(),
                  step.justification());
    }
    return arrangement.getId();
  }

  private void recordFollowUps(long mission, long arrangement) {
    FollowUpScenario.all(mission).forEach(services.followUps()::record);
    services.followUps().record(FollowUpScenario.negotiatingPosition(arrangement));
  }
}
