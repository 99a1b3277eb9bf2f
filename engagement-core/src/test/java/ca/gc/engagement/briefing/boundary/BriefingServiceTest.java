package ca.gc.engagement.briefing.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.briefing.entity.AgreementBrief;
import ca.gc.engagement.briefing.entity.AttendeeBrief;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.FollowUpBrief;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.briefing.entity.StatementBrief;
import ca.gc.engagement.briefing.entity.TradeMeasureBrief;
import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.demo.control.AgreementScenario;
import ca.gc.engagement.demo.control.MeetingScenario;
import ca.gc.engagement.demo.control.Scenario;
import ca.gc.engagement.demo.control.ScenarioLoader;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.SectorDraft;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.StatementDraft;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The briefing book of the scenario's mission as readers of three clearances get it, outside the
 * server: the services wired by hand, each book assembled in a transaction of its own with the
 * reader's clearance filter on. And what a book costs in SQL statements, whatever the mission
 * holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingServiceTest {

  private static final String PARTY_LEADERS =
      "Meeting with senior leaders of the Communist Party of China";
  private static final String BANQUET =
      "Business banquet hosted by the Canada China Business Council";
  private static final String MOE_ON_CANOLA = "China should drop its tariffs on Canadian canola.";
  private static final String ON_BEEF = "Beef exports to China should be on the table too.";

  private MigratedDatabase db;
  private long beijing;

  @BeforeAll
  void theScenario() {
    db = new MigratedDatabase();
    db.runInTransaction(
        em -> {
          var wired = loader(em);
          new ScenarioLoader(
                  new ScenarioLoader.Services(
                      wired.get(MissionService.class),
                      wired.get(StakeholderService.class),
                      wired.get(StatementService.class),
                      wired.get(MeetingService.class),
                      wired.get(TradeMeasureService.class),
                      wired.get(AgreementService.class),
                      wired.get(FollowUpService.class)))
              .load();
        });
    beijing = missionTitled(Scenario.MISSION_TITLE);
    // A sector within AGRI_FOOD that only the PROTECTED B meeting with the party leaders takes in,
    // and an Ontarian position on it during the visit, recorded for no mission.
    db.runInTransaction(
        em -> {
          var wired = loader(em);
          wired
              .get(SectorService.class)
              .add(new SectorDraft("BEEF", "AGRI_FOOD", "Beef", "B\u0153uf"));
          long ford = stakeholderNamed(wired, "Doug Ford");
          wired
              .get(StatementService.class)
              .record(
                  new StatementDraft(
                      ford,
                      LocalDate.of(2026, 1, 15),
                      Stance.SUPPORTS,
                      Set.of("BEEF"),
                      ON_BEEF,
                      new SourceDraft("Remarks to reporters", null),
                      null,
                      Classification.UNCLASSIFIED));
        });
  }

  @AfterAll
  void close() {
    db.close();
  }

  private static HandWiredServices loader(jakarta.persistence.EntityManager em) {
    return new HandWiredServices(
        em,
        HandWiredServices.caller(
            "engagement-demo-loader", Classification.SECRET, OFFICER, APPROVER, ADMIN));
  }

  private long missionTitled(String title) {
    return db.inTransaction(
        em ->
            loader(em).get(MissionService.class).list(PageRequest.first(200)).items().stream()
                .filter(m -> m.getTitle().equals(title))
                .map(Mission::getId)
                .findFirst()
                .orElseThrow());
  }

  private static long stakeholderNamed(HandWiredServices wired, String name) {
    return wired.get(StakeholderService.class).list(PageRequest.first(200)).items().stream()
        .filter(s -> s.getName().equals(name))
        .map(Stakeholder::getId)
        .findFirst()
        .orElseThrow();
  }

  private <T> T as(
      String name, Classification clearance, String role, Function<BriefingService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new HandWiredServices(em, HandWiredServices.caller(name, clearance, role))
                    .get(BriefingService.class)));
  }

  private Briefing bookOf(String name, Classification clearance, String role) {
    return as(name, clearance, role, s -> s.forMission(beijing)).orElseThrow();
  }

  private static List<String> meetingTitles(Briefing book) {
    return book.meetings().stream().map(MeetingBrief::title).toList();
  }

  private static MeetingBrief meeting(Briefing book, String title) {
    return book.meetings().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
  }

  private static List<String> statementTexts(Briefing book) {
    return book.statements().stream().map(StatementBrief::text).toList();
  }

  private static List<String> followUpOwners(Briefing book) {
    return book.followUps().stream().map(FollowUpBrief::owner).toList();
  }

  @Test
  void anOfficerGetsTheMissionAndItsMeetingsInTimeWithParticipantsButNothingAboveProtectedB() {
    Briefing book = bookOf("officer", Classification.PROTECTED_B, OFFICER);

    assertEquals(Scenario.MISSION_TITLE, book.mission().title());
    assertEquals("CN", book.mission().counterpartCountry());
    assertEquals(Scenario.MISSION_LEAD, book.mission().lead());
    assertEquals(
        List.of(PARTY_LEADERS, MeetingScenario.XI_BILATERAL, BANQUET), meetingTitles(book));
    MeetingBrief xi = meeting(book, MeetingScenario.XI_BILATERAL);
    assertEquals(
        ZonedDateTime.of(2026, 1, 16, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")), xi.startsAt());
    assertEquals(
        List.of("Mark Carney", "Xi Jinping"),
        xi.participants().stream().map(AttendeeBrief::name).toList());
    assertEquals(
        List.of(Side.OURS, Side.COUNTERPART),
        xi.participants().stream().map(AttendeeBrief::side).toList());
    assertTrue(xi.topics().contains("Canola"), "" + xi.topics());
    assertTrue(xi.readout().contains("49,000"), xi.readout());
    assertEquals(Verdict.CLEAR, xi.carveOutFlags().verdict());
    assertEquals(Classification.PROTECTED_B, meeting(book, PARTY_LEADERS).marking());

    assertEquals(Classification.PROTECTED_B, book.meetingsMarking());
    assertEquals(Classification.PROTECTED_B, book.marking());
  }

  @Test
  void theAgreementsComeWithTheirScreeningAndTheMeetingTheyCameOutOf() {
    Briefing book = bookOf("officer", Classification.PROTECTED_B, OFFICER);

    assertEquals(4, book.agreements().size());
    assertTrue(book.agreements().stream().allMatch(a -> a.screening().verdict() == Verdict.CLEAR));
    AgreementBrief arrangement =
        book.agreements().stream()
            .filter(a -> a.title().equals(AgreementScenario.PRELIMINARY_ARRANGEMENT))
            .findFirst()
            .orElseThrow();
    assertEquals(MeetingScenario.XI_BILATERAL, arrangement.meeting());
    assertEquals(List.of("CA", "CN"), arrangement.parties());
    assertEquals("SIGNED", arrangement.status().name());
  }

  @Test
  void theTradeMeasuresAreThoseInForceBetweenCanadaAndTheCounterpartDuringTheVisit() {
    Briefing book = bookOf("viewer", Classification.PROTECTED_A, VIEWER);

    List<TradeMeasureBrief> measures = book.tradeMeasures();
    assertEquals(
        List.of(
            "Surtax on electric vehicles from China",
            "Surtax on steel products from China",
            "Surtax on aluminium products from China",
            "Tariff on Canadian canola oil, canola meal and peas",
            "Tariff on Canadian pork",
            "Tariff on Canadian fish and seafood",
            "Anti-dumping deposit on Canadian canola seed"),
        measures.stream().map(TradeMeasureBrief::title).toList());
    assertEquals(7, book.tradeMeasuresInForce());
    assertEquals(0, book.tradeMeasuresNotListed());
    TradeMeasureBrief canolaSeed = measures.get(6);
    assertEquals(0, new BigDecimal("75.8").compareTo(canolaSeed.rate()), "" + canolaSeed.rate());
    assertEquals(List.of("Rape or colza (canola) seeds (1205.10)"), canolaSeed.products());
    assertEquals("Surtax on electric vehicles from China", measures.get(3).retaliatesAgainst());
  }

  @Test
  void statementsOfTheMissionOfTheCounterpartsSideOrOnItsTopicsComeOldestFirst() {
    Briefing officers = bookOf("officer", Classification.PROTECTED_B, OFFICER);
    List<String> texts = statementTexts(officers);

    assertEquals(11, texts.size(), "" + texts);
    assertEquals(11, officers.statementsRelated());
    assertEquals(0, officers.statementsNotListed());
    assertEquals("Canada contained China \"in lockstep\" with the U.S.", texts.get(0));
    assertTrue(texts.contains(MOE_ON_CANOLA), "on canola, a topic of the bilateral");
    assertTrue(texts.contains(ON_BEEF), "on beef, within a topic of the party leaders' meeting");
    assertEquals(LocalDate.of(2025, 12, 14), officers.statementsFrom());
    assertEquals(LocalDate.of(2026, 1, 31), officers.statementsTo());
    StatementBrief moe =
        officers.statements().stream()
            .filter(s -> s.text().equals(MOE_ON_CANOLA))
            .findFirst()
            .orElseThrow();
    assertEquals("Scott Moe", moe.speaker());
    assertEquals("Premier of Saskatchewan", moe.speakerTitle());
    assertEquals("CA-SK", moe.jurisdiction());
  }

  @Test
  void aViewerGetsNothingAboveProtectedAAndNoStatementOnlyAHiddenMeetingWouldRelate() {
    Briefing book = bookOf("viewer", Classification.PROTECTED_A, VIEWER);

    assertEquals(List.of(MeetingScenario.XI_BILATERAL, BANQUET), meetingTitles(book));
    assertFalse(statementTexts(book).contains(ON_BEEF));
    assertTrue(statementTexts(book).contains(MOE_ON_CANOLA));
    assertEquals(
        List.of(
            "Greater China Division",
            "APEC Senior Official's office",
            "Trade Negotiations (North America)",
            "Chief Economist"),
        followUpOwners(book));
    assertEquals(Classification.PROTECTED_A, book.marking());
  }

  @Test
  void anApproverGetsTheSecretBriefingFlaggedAndTheConfidentialFollowUpOfTheArrangement() {
    Briefing book = bookOf("approver", Classification.SECRET, APPROVER);

    assertEquals(Classification.SECRET, book.marking());
    MeetingBrief briefing = meeting(book, MeetingScenario.BRIEFING);
    assertEquals(Verdict.PROHIBITED, briefing.carveOutFlags().verdict());
    assertEquals(Set.of("NATIONAL_SECURITY"), briefing.carveOutFlags().carveOutCodes());
    FollowUpBrief position =
        book.followUps().stream()
            .filter(f -> f.owner().equals("Trade Negotiations (Asia)"))
            .findFirst()
            .orElseThrow();
    assertEquals(OriginKind.AGREEMENT, position.originKind());
    assertEquals(AgreementScenario.PRELIMINARY_ARRANGEMENT, position.origin());
    assertEquals(Classification.CONFIDENTIAL, position.marking());
  }

  @Test
  void noBookForAMissionThatDoesNotExistOrIsAboveTheReadersClearance() {
    long secret =
        db.inTransaction(
            em ->
                loader(em)
                    .get(MissionService.class)
                    .plan(
                        new MissionDraft(
                            "Visit kept secret",
                            "CN",
                            "Shanghai",
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 2, 2),
                            "Deputy Minister",
                            null,
                            Classification.SECRET))
                    .getId());

    assertEquals(
        Optional.empty(),
        as("viewer", Classification.PROTECTED_A, VIEWER, s -> s.forMission(secret)));
    assertEquals(
        Optional.empty(),
        as("viewer", Classification.PROTECTED_A, VIEWER, s -> s.forMission(999_999)));
    assertTrue(
        as("approver", Classification.SECRET, APPROVER, s -> s.forMission(secret)).isPresent());
  }

  /**
   * A book costs the same SQL statements whatever the mission holds: meetings, their participants,
   * agreements, follow-ups and statements load in one statement (or batch) each, never one per
   * record.
   */
  @Test
  void aBookCostsTheSameStatementsWithOneMeetingOrTwelve() {
    try (MigratedDatabase own = new MigratedDatabase()) {
      long mission =
          own.inTransaction(
              em ->
                  loader(em)
                      .get(MissionService.class)
                      .plan(
                          new MissionDraft(
                              "Minister of Trade's visit to Japan",
                              "JP",
                              "Tokyo",
                              LocalDate.of(2025, 4, 20),
                              LocalDate.of(2025, 4, 25),
                              "Minister of Trade",
                              null,
                              Classification.UNCLASSIFIED))
                      .getId());
      own.runInTransaction(em -> recordAMeetingAndWhatHangsFromIt(loader(em), mission, 0));
      long one = statementsForABook(own, mission, 1);
      own.runInTransaction(
          em -> {
            var wired = loader(em);
            for (int i = 1; i < 12; i++) {
              recordAMeetingAndWhatHangsFromIt(wired, mission, i);
            }
          });
      long twelve = statementsForABook(own, mission, 12);

      assertEquals(one, twelve);
    }
  }

  /**
   * A file holding more related statements than a book lists (decision 0007's addendum): the book
   * lists the latest 100 and says how many there are, and costs the statements it cost with one.
   */
  @Test
  void aBookListsTheLatestHundredStatementsAndCountsTheRestInTheSameStatements() {
    try (MigratedDatabase own = new MigratedDatabase()) {
      long mission =
          own.inTransaction(
              em ->
                  loader(em)
                      .get(MissionService.class)
                      .plan(
                          new MissionDraft(
                              "Minister of Trade's visit to Japan",
                              "JP",
                              "Tokyo",
                              LocalDate.of(2025, 4, 20),
                              LocalDate.of(2025, 4, 25),
                              "Minister of Trade",
                              null,
                              Classification.UNCLASSIFIED))
                      .getId());
      own.runInTransaction(em -> recordAMeetingAndWhatHangsFromIt(loader(em), mission, 0));
      long one = statementsForABook(own, mission, 1);
      own.runInTransaction(
          em -> {
            var wired = loader(em);
            var stakeholders = wired.get(StakeholderService.class);
            var statements = wired.get(StatementService.class);
            for (int s = 0; s < 3; s++) {
              long speaker =
                  stakeholders
                      .record(
                          new StakeholderDraft(
                              "Commentator " + s,
                              null,
                              null,
                              StakeholderKind.EXPERT,
                              "JP",
                              Classification.UNCLASSIFIED))
                      .getId();
              for (int i = 0; i < 50; i++) {
                statements.record(
                    new StatementDraft(
                        speaker,
                        LocalDate.of(2025, 3, 22).plusDays(i % 40),
                        Stance.NEUTRAL,
                        Set.of(),
                        "Comment " + s + "-" + i,
                        new SourceDraft("Press", null),
                        null,
                        Classification.UNCLASSIFIED));
              }
            }
          });
      Statistics statistics =
          own.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
      statistics.clear();
      Briefing book =
          own.inTransaction(
              em ->
                  new HandWiredServices(
                          em, HandWiredServices.caller("officer", Classification.SECRET, OFFICER))
                      .get(BriefingService.class)
                      .forMission(mission)
                      .orElseThrow());
      long many = statistics.getPrepareStatementCount();
      long statementsLoaded =
          statistics
              .getEntityStatistics(ca.gc.engagement.statement.entity.Statement.class.getName())
              .getLoadCount();

      assertEquals(151, book.statementsRelated());
      assertEquals(BriefingService.STATEMENTS_LISTED, book.statements().size());
      assertEquals(51, book.statementsNotListed());
      List<LocalDate> days = book.statements().stream().map(StatementBrief::date).toList();
      assertEquals(days.stream().sorted().toList(), days, "oldest first");
      assertEquals(LocalDate.of(2025, 4, 30), days.get(days.size() - 1), "the latest is listed");
      assertEquals(one, many);
      assertTrue(
          statementsLoaded <= BriefingService.STATEMENTS_LISTED,
          "statements loaded: " + statementsLoaded);
    }
  }

  private static long statementsForABook(MigratedDatabase own, long mission, int meetings) {
    Statistics statistics = own.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    Briefing book =
        own.inTransaction(
            em ->
                new HandWiredServices(
                        em, HandWiredServices.caller("officer", Classification.SECRET, OFFICER))
                    .get(BriefingService.class)
                    .forMission(mission)
                    .orElseThrow());
    assertEquals(meetings, book.meetings().size());
    assertEquals(meetings, book.agreements().size());
    assertEquals(3 * meetings, book.followUps().size());
    assertEquals(meetings, book.statements().size());
    assertTrue(book.meetings().stream().allMatch(m -> m.participants().size() == 2));
    return statistics.getPrepareStatementCount();
  }

  /** A meeting with two participants, an agreement from it, a statement, three follow-ups. */
  private static void recordAMeetingAndWhatHangsFromIt(
      HandWiredServices wired, long mission, int i) {
    var stakeholders = wired.get(StakeholderService.class);
    long ours =
        stakeholders
            .record(
                new StakeholderDraft(
                    "Official " + i,
                    null,
                    null,
                    StakeholderKind.FEDERAL,
                    "CA",
                    Classification.UNCLASSIFIED))
            .getId();
    long theirs =
        stakeholders
            .record(
                new StakeholderDraft(
                    "Counterpart " + i,
                    null,
                    null,
                    StakeholderKind.FOREIGN_GOVERNMENT,
                    "JP",
                    Classification.UNCLASSIFIED))
            .getId();
    Instant start = Instant.parse("2025-04-21T01:00:00Z").plusSeconds(3600L * i);
    long meeting =
        wired
            .get(MeetingService.class)
            .schedule(
                new MeetingDraft(
                    mission,
                    "Working meeting " + i,
                    MeetingKind.BILATERAL,
                    start,
                    start.plusSeconds(1800),
                    "Asia/Tokyo",
                    "Tokyo",
                    "JP",
                    List.of(
                        new Participant(ours, Side.OURS, null),
                        new Participant(theirs, Side.COUNTERPART, null)),
                    Set.of("AGRI_FOOD"),
                    null,
                    Classification.UNCLASSIFIED))
            .getId();
    long agreement =
        wired
            .get(AgreementService.class)
            .propose(
                new AgreementDraft(
                    "Arrangement " + i,
                    Set.of("CA", "JP"),
                    mission,
                    meeting,
                    Set.of("PORK"),
                    Set.of(),
                    "Pork exports.",
                    Classification.UNCLASSIFIED))
            .getId();
    wired
        .get(StatementService.class)
        .record(
            new StatementDraft(
                theirs,
                LocalDate.of(2025, 4, 21),
                Stance.SUPPORTS,
                Set.of(),
                "Position " + i,
                new SourceDraft("Press", null),
                null,
                Classification.UNCLASSIFIED));
    var followUps = wired.get(FollowUpService.class);
    for (var origin :
        List.of(
            new Object[] {OriginKind.MISSION, mission},
            new Object[] {OriginKind.MEETING, meeting},
            new Object[] {OriginKind.AGREEMENT, agreement})) {
      followUps.record(
          new FollowUpDraft(
              "Follow up " + i + " on the " + origin[0],
              (OriginKind) origin[0],
              (Long) origin[1],
              "Japan Division",
              LocalDate.of(2025, 6, 30),
              Classification.UNCLASSIFIED));
    }
  }
}
