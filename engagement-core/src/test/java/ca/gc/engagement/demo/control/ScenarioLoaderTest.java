package ca.gc.engagement.demo.control;

import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.agreement.entity.Transition;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo dataset as DemoDataset loads it (the same ScenarioLoader, through the real services,
 * each call a transaction of its own as the demo loader: officer, approver, SECRET clearance), and
 * what users then see: the loader's view, and a PROTECTED A viewer's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioLoaderTest {

  private static final Caller DEMO_LOADER =
      ServerStandIn.caller(
          "engagement-demo-loader", Classification.SECRET, OFFICER, APPROVER, "clearance-secret");
  private static final Caller PROTECTED_A_VIEWER =
      ServerStandIn.caller("viewer", Classification.PROTECTED_A, VIEWER);
  private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_SIZE);

  private MigratedDatabase db;
  private ServerStandIn asLoader;
  private ServerStandIn asViewer;
  private ScenarioLoader loader;

  @BeforeAll
  void loadTheScenario() {
    db = new MigratedDatabase();
    asLoader = new ServerStandIn(db, DEMO_LOADER);
    asViewer = new ServerStandIn(db, PROTECTED_A_VIEWER);
    loader =
        new ScenarioLoader(
            new ScenarioLoader.Services(
                asLoader.service(MissionService.class),
                asLoader.service(StakeholderService.class),
                asLoader.service(StatementService.class),
                asLoader.service(MeetingService.class),
                asLoader.service(TradeMeasureService.class),
                asLoader.service(AgreementService.class),
                asLoader.service(FollowUpService.class)));
    assertTrue(loader.databaseIsEmpty());
    loader.load();
  }

  @AfterAll
  void close() {
    asLoader.close();
    asViewer.close();
    db.close();
  }

  private <S> S loaders(Class<S> service) {
    return asLoader.service(service);
  }

  private static <T> T titled(List<T> records, Function<T, String> title, String wanted) {
    return records.stream()
        .filter(r -> title.apply(r).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No record titled " + wanted));
  }

  private Mission mission(String title) {
    return titled(loaders(MissionService.class).list(ALL).items(), Mission::getTitle, title);
  }

  private long beijing() {
    return mission(Scenario.MISSION_TITLE).getId();
  }

  private TradeMeasure measure(String title) {
    return titled(
        loaders(TradeMeasureService.class).list(ALL).items(), TradeMeasure::getTitle, title);
  }

  private Meeting meeting(String title) {
    return titled(loaders(MeetingService.class).forMission(beijing()), Meeting::getTitle, title);
  }

  private String nameOf(long stakeholder) {
    return loaders(StakeholderService.class).find(stakeholder).orElseThrow().getName();
  }

  @Test
  void everyKindOfRecordOfTheScenarioIsOnFile() {
    assertEquals(2, loaders(MissionService.class).list(ALL).total());
    assertEquals(10, loaders(StakeholderService.class).list(ALL).total());
    assertEquals(10, loaders(StatementService.class).list(ALL).total());
    assertEquals(4, loaders(MeetingService.class).list(ALL).total());
    assertEquals(10, loaders(TradeMeasureService.class).list(ALL).total());
    assertEquals(4, loaders(AgreementService.class).list(ALL).total());
    assertEquals(5, loaders(FollowUpService.class).list(ALL).total());
    assertFalse(loader.databaseIsEmpty(), "a restart does not load the demo twice");
  }

  @Test
  void bothVisitsAreCompletedThroughTheirSteps() {
    Mission visit = mission(Scenario.MISSION_TITLE);
    assertEquals(Scenario.MISSION_LEAD, visit.getLead());
    assertEquals(CountryCode.of("CN"), visit.getCounterpartCountry());
    assertEquals(5, visit.days());
    assertEquals(MissionStatus.COMPLETED, visit.getStatus());
    var history = loaders(MissionService.class).history(visit.getId());
    assertEquals(3, history.size(), "planned, underway, completed: a revision each");
    assertEquals(List.of("status"), history.get(2).fields());

    Mission saskatchewan =
        mission("Premier of Saskatchewan's visit to the People's Republic of China");
    assertEquals(MissionStatus.COMPLETED, saskatchewan.getStatus());
    assertEquals(
        List.of("China should drop its tariffs on Canadian canola."),
        loaders(StatementService.class).forMission(saskatchewan.getId()).stream()
            .map(Statement::getText)
            .toList());
  }

  @Test
  void everyPositionOfTheTableIsAStatementOnItsDay() {
    Map<String, LocalDate> days =
        loaders(StatementService.class).list(ALL).items().stream()
            .collect(
                Collectors.toMap(
                    s -> nameOf(s.getStakeholderId()), Statement::getDate, (a, b) -> a));
    assertEquals(9, days.size(), "every stakeholder of the table has a say");
    assertEquals(LocalDate.of(2026, 1, 13), days.get("Doug Ford"));
    assertEquals(LocalDate.of(2026, 1, 12), days.get("China Daily editorial board"));
    days.forEach(
        (who, day) ->
            assertTrue(
                !day.isBefore(LocalDate.of(2026, 1, 12)) && !day.isAfter(LocalDate.of(2026, 1, 16)),
                who + " on " + day));

    Stakeholder premiers =
        titled(
            loaders(StakeholderService.class).list(ALL).items(),
            Stakeholder::getName,
            "Western and Atlantic premiers");
    Statement theirs =
        loaders(StatementService.class).byStakeholder(premiers.getId(), ALL).items().get(0);
    assertEquals(java.util.Set.of("PORK", "CANOLA", "SEAFOOD"), theirs.getSectors());
    assertEquals(9, loaders(StatementService.class).forMission(beijing()).size());
  }

  @Test
  void theCanolaSeedDepositIsCutOnTheFirstOfMarch() {
    TradeMeasure seed = measure("Anti-dumping deposit on Canadian canola seed");
    assertEquals("75.8", percent(seed.rateOn(LocalDate.of(2026, 2, 28))));
    assertEquals("15", percent(seed.rateOn(LocalDate.of(2026, 3, 1))));
    assertEquals("none", percent(seed.rateOn(LocalDate.of(2025, 8, 13))));
  }

  private static String percent(Optional<BigDecimal> rate) {
    return rate.map(r -> r.stripTrailingZeros().toPlainString()).orElse("none");
  }

  @Test
  void chinasTariffsAnswerCanadasSurtaxAndTheArrangementProposesRelief() {
    TradeMeasureService measures = loaders(TradeMeasureService.class);
    TradeMeasure pork = measure("Tariff on Canadian pork");
    TradeMeasure answered = measures.find(pork.getRetaliatesAgainstId()).orElseThrow();
    assertEquals(TradeMeasureType.SURTAX, answered.getType());
    assertEquals(CountryCode.of("CA"), answered.getImposingCountry());
    assertEquals(
        List.of(
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork",
            "Tariff on Canadian fish and seafood"),
        measures.retaliationsAgainst(answered.getId()).stream()
            .map(TradeMeasure::getTitle)
            .toList());
    assertEquals(
        7,
        measures
            .inForceBetween(CountryCode.of("CA"), CountryCode.of("CN"), LocalDate.of(2026, 1, 15))
            .size(),
        "the seven measures of the dispute applied during the visit");

    TradeMeasure lobsterAndCrab =
        measures.exemptionsFrom(measure("Tariff on Canadian fish and seafood").getId()).get(0);
    assertEquals(TradeMeasureStatus.PROPOSED, lobsterAndCrab.getStatus());
    assertEquals(LocalDate.of(2026, 3, 1), lobsterAndCrab.getInForceFrom());
    assertEquals(LocalDate.of(2026, 12, 31), lobsterAndCrab.getInForceUntil());

    TradeMeasure quota =
        measure("Quota for electric vehicles from China: up to 49,000 a year at 6.1 %");
    assertEquals(TradeMeasureType.QUOTA, quota.getType());
    assertEquals("6.1", percent(Optional.of(quota.getRates().get(0).getRate())));
  }

  @Test
  void thePreliminaryArrangementIsSignedWithItsStepsAndEveryAgreementScreensClear() {
    AgreementService agreements = loaders(AgreementService.class);
    List<Agreement> all = agreements.forMission(beijing());
    Agreement arrangement =
        titled(all, Agreement::getTitle, AgreementScenario.PRELIMINARY_ARRANGEMENT);
    assertEquals(AgreementStatus.SIGNED, arrangement.getStatus());
    assertEquals(
        List.of(
            "PROPOSED → UNDER_NEGOTIATION on 2026-01-13 by engagement-demo-loader",
            "UNDER_NEGOTIATION → SIGNED on 2026-01-16 by engagement-demo-loader"),
        asLoader.within(
            services ->
                services
                    .get(AgreementService.class)
                    .find(arrangement.getId())
                    .orElseThrow()
                    .getTransitions()
                    .stream()
                    .map(ScenarioLoaderTest::shown)
                    .toList()));
    assertEquals(meeting(MeetingScenario.XI_BILATERAL).getId(), arrangement.getMeetingId());

    for (Agreement agreement : all) {
      assertEquals(
          Verdict.CLEAR, agreements.screening(agreement.getId()).verdict(), agreement.getTitle());
    }
    assertEquals(3, all.stream().filter(a -> a.getStatus() == AgreementStatus.PROPOSED).count());

    List<FollowUp> fromIt =
        loaders(FollowUpService.class).forOrigin(OriginKind.AGREEMENT, arrangement.getId());
    assertEquals(Classification.CONFIDENTIAL, fromIt.get(0).getClassification());
  }

  private static String shown(Transition step) {
    return step.getFrom() + " → " + step.getTo() + " on " + step.getOn() + " by " + step.getBy();
  }

  @Test
  void theBilateralWithPresidentXiWasHeldInBeijingTimeWithBothSides() {
    Meeting xi = meeting(MeetingScenario.XI_BILATERAL);
    assertEquals(MeetingStatus.HELD, xi.getStatus());
    assertEquals(ZonedDateTime.parse("2026-01-16T10:00+08:00[Asia/Shanghai]"), xi.localStart());
    assertEquals(ZonedDateTime.parse("2026-01-16T11:30+08:00[Asia/Shanghai]"), xi.localEnd());
    assertEquals(
        List.of("OURS: Mark Carney", "COUNTERPART: Xi Jinping"),
        asLoader.within(
            services ->
                services
                    .get(MeetingService.class)
                    .find(xi.getId())
                    .orElseThrow()
                    .getParticipants()
                    .stream()
                    .map(this::shown)
                    .toList()));
    assertTrue(xi.getReadout().contains("49,000"), xi.getReadout());
    assertTrue(xi.getReadout().contains("about 15 %"), xi.getReadout());
    assertEquals(
        Verdict.CLEAR,
        asLoader.within(
            services -> {
              MeetingService meetings = services.get(MeetingService.class);
              return meetings.carveOutFlags(meetings.find(xi.getId()).orElseThrow()).verdict();
            }),
        "nothing carved out on the agenda");
  }

  private String shown(Participant participant) {
    return participant.getSide() + ": " + nameOf(participant.getStakeholderId());
  }

  @Test
  void theMissionsTimelineShowsEveryMeetingToTheLoaderInOrder() {
    assertEquals(
        List.of(
            "Meeting with senior leaders of the Communist Party of China",
            MeetingScenario.BRIEFING,
            MeetingScenario.XI_BILATERAL,
            "Business banquet hosted by the Canada China Business Council"),
        loaders(MeetingService.class).forMission(beijing()).stream()
            .map(Meeting::getTitle)
            .toList());
    assertEquals(
        List.of(MeetingStatus.HELD),
        loaders(MeetingService.class).forMission(beijing()).stream()
            .map(Meeting::getStatus)
            .distinct()
            .toList());
  }

  @Test
  void aProtectedAViewerSeesNeitherTheSecretBriefingNorWhatIsAboveTheirClearance() {
    long briefing = meeting(MeetingScenario.BRIEFING).getId();
    MeetingService meetings = asViewer.service(MeetingService.class);

    assertEquals(Optional.empty(), meetings.find(briefing));
    assertEquals(
        List.of(
            MeetingScenario.XI_BILATERAL,
            "Business banquet hosted by the Canada China Business Council"),
        meetings.forMission(beijing()).stream().map(Meeting::getTitle).toList());
    assertEquals(2, meetings.list(ALL).total());
    assertEquals(
        4,
        asViewer.service(FollowUpService.class).list(ALL).total(),
        "the CONFIDENTIAL negotiating position is not listed");
    assertEquals(4, asViewer.service(AgreementService.class).list(ALL).total());
  }
}
