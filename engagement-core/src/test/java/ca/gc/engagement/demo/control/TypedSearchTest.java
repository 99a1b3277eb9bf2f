package ca.gc.engagement.demo.control;

import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The typed searches of meetings, agreements and statements over the demo scenario, as the API
 * lists them: through the one search, under the reader's clearance, detached when they come back
 * (their collections already read), and at a cost that does not grow with the page; with the
 * screening of a whole page in one call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypedSearchTest {

  private static final Caller DEMO_LOADER =
      ServerStandIn.caller(
          "engagement-demo-loader", Classification.SECRET, OFFICER, APPROVER, "clearance-secret");
  private static final Caller PROTECTED_A_VIEWER =
      ServerStandIn.caller("viewer", Classification.PROTECTED_A, VIEWER);
  private static final Caller PROTECTED_B_OFFICER =
      ServerStandIn.caller("officer", Classification.PROTECTED_B, OFFICER);
  private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_SIZE);

  private MigratedDatabase db;
  private ServerStandIn asLoader;
  private ServerStandIn asViewer;
  private ServerStandIn asOfficer;

  @BeforeAll
  void loadTheScenario() {
    db = new MigratedDatabase();
    asLoader = new ServerStandIn(db, DEMO_LOADER);
    asViewer = new ServerStandIn(db, PROTECTED_A_VIEWER);
    asOfficer = new ServerStandIn(db, PROTECTED_B_OFFICER);
    new ScenarioLoader(
            new ScenarioLoader.Services(
                asLoader.service(MissionService.class),
                asLoader.service(StakeholderService.class),
                asLoader.service(StatementService.class),
                asLoader.service(MeetingService.class),
                asLoader.service(TradeMeasureService.class),
                asLoader.service(AgreementService.class),
                asLoader.service(FollowUpService.class)))
        .load();
  }

  @AfterAll
  void close() {
    asLoader.close();
    asViewer.close();
    asOfficer.close();
    db.close();
  }

  private static RecordQuery query(String text, String country, String sector, String status) {
    return new RecordQuery(text, Set.of(), country, sector, status, null, null, null);
  }

  @Test
  void meetingsAreSearchedUnderTheReadersClearanceAndComeBackWithTheirParticipants() {
    Page<Meeting> all =
        asLoader.service(MeetingService.class).search(RecordQuery.everything(), ALL);
    assertEquals(4, all.total());
    assertEquals(
        List.of(
            "Business banquet hosted by the Canada China Business Council",
            MeetingScenario.XI_BILATERAL,
            MeetingScenario.BRIEFING,
            "Meeting with senior leaders of the Communist Party of China"),
        all.items().stream().map(Meeting::getTitle).toList(),
        "newest first");

    Page<Meeting> seen =
        asViewer.service(MeetingService.class).search(RecordQuery.everything(), ALL);
    assertEquals(2, seen.total(), "neither the SECRET briefing nor the PROTECTED B meeting");
    assertTrue(seen.items().stream().noneMatch(m -> m.getTitle().equals(MeetingScenario.BRIEFING)));

    Page<Meeting> canola =
        asViewer.service(MeetingService.class).search(query(null, "CN", "AGRI_FOOD", "HELD"), ALL);
    assertEquals(
        List.of(MeetingScenario.XI_BILATERAL),
        canola.items().stream().map(Meeting::getTitle).toList());
    Meeting xi = canola.items().get(0);
    assertEquals(2, xi.getParticipants().size(), "read after the call: already loaded");
    assertTrue(xi.getTopics().contains("CANOLA"));
  }

  @Test
  void agreementsAndStatementsAreSearchedByWordsSectorAndStatus() {
    AgreementService agreements = asViewer.service(AgreementService.class);
    assertEquals(4, agreements.search(RecordQuery.everything(), ALL).total());
    Page<Agreement> signed = agreements.search(query("canola", "CA", "AGRI_FOOD", "SIGNED"), ALL);
    assertEquals(
        List.of(AgreementScenario.PRELIMINARY_ARRANGEMENT),
        signed.items().stream().map(Agreement::getTitle).toList());
    Agreement arrangement = signed.items().get(0);
    assertEquals(Set.of("CA", "CN"), arrangement.getParties());
    assertEquals(2, arrangement.getTransitions().size(), "read after the call: already loaded");
    assertEquals(0, agreements.search(query("canola", null, null, "PROPOSED"), ALL).total());

    StatementService statements = asViewer.service(StatementService.class);
    Page<Statement> canola = statements.search(query(null, null, "CANOLA", null), ALL);
    assertTrue(canola.total() >= 1);
    canola.items().forEach(s -> assertTrue(s.getSectors().contains("CANOLA"), s.getText()));
    assertEquals(
        List.of("China should drop its tariffs on Canadian canola."),
        statements
            .search(
                new RecordQuery(
                    "drop its tariffs",
                    Set.of(),
                    "CA",
                    null,
                    "RECORDED",
                    LocalDate.of(2026, 1, 1),
                    null,
                    null),
                ALL)
            .items()
            .stream()
            .map(Statement::getText)
            .toList());
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSize() {
    assertEquals(
        List.of(3L, 3L),
        costs(size -> asLoader.service(MissionService.class).search(everything(), size)));
    assertEquals(
        List.of(4L, 4L),
        costs(size -> asLoader.service(StatementService.class).search(everything(), size)),
        "and one for the sectors of the whole page");
    assertEquals(
        List.of(5L, 5L),
        costs(size -> asLoader.service(MeetingService.class).search(everything(), size)),
        "and one each for the participants and the topics of the whole page");
    assertEquals(
        List.of(7L, 7L),
        costs(size -> asLoader.service(AgreementService.class).search(everything(), size)),
        "and one each for the parties, sectors, regions and steps of the whole page");
  }

  @Test
  void aPageOfMeetingsIsFlaggedAsEachMeetingAloneAtTheSameCostWhateverItsSize() {
    MeetingService meetings = asLoader.service(MeetingService.class);
    List<Meeting> all = meetings.search(RecordQuery.everything(), ALL).items();
    List<ScreeningResult> flags = meetings.carveOutFlags(all);
    assertEquals(all.stream().map(meetings::carveOutFlags).toList(), flags);
    assertEquals(
        Set.of("NATIONAL_SECURITY"),
        flags.get(all.indexOf(titled(all, MeetingScenario.BRIEFING))).carveOutCodes(),
        "the briefing is flagged, not refused");

    Statistics statistics = statistics();
    statistics.clear();
    meetings.carveOutFlags(List.of(titled(all, MeetingScenario.XI_BILATERAL)));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    meetings.carveOutFlags(all);
    assertEquals(forOne, statistics.getPrepareStatementCount());
  }

  @Test
  void aPageOfAgreementsHasTheScreeningAndStepsOfEachAgreementAlone() {
    AgreementService officers = asOfficer.service(AgreementService.class);
    List<Agreement> all = officers.search(RecordQuery.everything(), ALL).items();
    List<AgreementOutlook> outlooks = officers.outlooks(all);
    for (int i = 0; i < all.size(); i++) {
      long id = all.get(i).getId();
      assertEquals(officers.screening(id), outlooks.get(i).screening());
      assertEquals(officers.allowedSteps(id), outlooks.get(i).allowedSteps());
    }
    Agreement energy =
        all.stream().filter(a -> a.getTitle().startsWith("Energy")).findFirst().orElseThrow();
    assertEquals(
        Set.of(AgreementStatus.UNDER_NEGOTIATION, AgreementStatus.WITHDRAWN),
        outlooks.get(all.indexOf(energy)).allowedSteps());
    assertEquals(
        Set.of(),
        asViewer.service(AgreementService.class).outlooks(all).get(0).allowedSteps(),
        "a viewer takes no step");
  }

  private static Meeting titled(List<Meeting> meetings, String title) {
    return meetings.stream().filter(m -> m.getTitle().equals(title)).findFirst().orElseThrow();
  }

  private static RecordQuery everything() {
    return RecordQuery.everything();
  }

  /** The statements a page of one record, then of all of them, costs. */
  private List<Long> costs(java.util.function.Function<PageRequest, Page<?>> search) {
    Statistics statistics = statistics();
    Supplier<Long> count = statistics::getPrepareStatementCount;
    statistics.clear();
    assertEquals(1, search.apply(PageRequest.first(1)).items().size());
    long forOne = count.get();
    statistics.clear();
    assertTrue(search.apply(ALL).items().size() > 1);
    long forAll = count.get();
    return List.of(forOne, forAll);
  }

  private Statistics statistics() {
    return db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
  }
}
