package ca.gc.engagement.followup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.demo.control.FollowUpScenario;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpDraft;
import ca.gc.engagement.followup.entity.FollowUpQuery;
import ca.gc.engagement.followup.entity.FollowUpStatus;
import ca.gc.engagement.followup.entity.OriginKind;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.RuleViolationException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's own work, outside the server: the origin check and the dashboard's queries. Each
 * call runs in a transaction of its own with the clearance filter on, as the container would.
 */
class FollowUpServiceTest {

  private MigratedDatabase db;
  private long beijing;

  @BeforeEach
  void database() {
    db = new MigratedDatabase();
    beijing = mission(Classification.UNCLASSIFIED);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private record Services(FollowUpService followUps, MissionService missions) {}

  private <T> T as(Classification clearance, Function<Services, T> call) {
    return db.inTransaction(
        em -> {
          var wired = new HandWiredServices(em, HandWiredServices.caller("officer", clearance));
          return call.apply(
              new Services(wired.get(FollowUpService.class), wired.get(MissionService.class)));
        });
  }

  private <T> T asOfficer(Function<FollowUpService, T> call) {
    return as(Classification.PROTECTED_B, s -> call.apply(s.followUps()));
  }

  private long mission(Classification classification) {
    return as(
            Classification.SECRET,
            s ->
                s.missions()
                    .plan(
                        new MissionDraft(
                            "Prime Minister's visit to the People's Republic of China",
                            "CN",
                            "Beijing",
                            LocalDate.of(2026, 1, 13),
                            LocalDate.of(2026, 1, 17),
                            "Prime Minister Mark Carney",
                            null,
                            classification)))
        .getId();
  }

  private List<Long> theScenario() {
    return FollowUpScenario.all(beijing).stream()
        .map(draft -> asOfficer(s -> s.record(draft)).getId())
        .toList();
  }

  private static List<String> owners(Page<FollowUp> page) {
    return page.items().stream().map(FollowUp::getOwner).toList();
  }

  @Test
  void theDashboardShowsTheOpenFollowUpsDueByADay() {
    List<Long> ids = theScenario();

    assertEquals(
        List.of("Greater China Division"),
        owners(asOfficer(s -> s.dueBy(LocalDate.of(2026, 3, 31), PageRequest.first(20)))));
    assertEquals(
        List.of(),
        owners(asOfficer(s -> s.dueBy(LocalDate.of(2026, 3, 30), PageRequest.first(20)))));
    var byYearEnd = asOfficer(s -> s.dueBy(LocalDate.of(2026, 12, 31), PageRequest.first(20)));
    assertEquals(
        List.of(
            "Greater China Division",
            "APEC Senior Official's office",
            "Trade Negotiations (North America)"),
        owners(byYearEnd));
    assertEquals(3, byYearEnd.total());

    asOfficer(s -> s.complete(ids.get(0), 0));
    var afterThePlan = asOfficer(s -> s.dueBy(LocalDate.of(2026, 12, 31), new PageRequest(0, 1)));
    assertEquals(List.of("APEC Senior Official's office"), owners(afterThePlan));
    assertEquals(2, afterThePlan.total());

    var unclassifiedReader =
        as(
            Classification.UNCLASSIFIED,
            s -> s.followUps().dueBy(LocalDate.of(2026, 12, 31), PageRequest.first(20)));
    assertEquals(List.of("APEC Senior Official's office"), owners(unclassifiedReader));
  }

  @Test
  void theDashboardPagesADaysNewlyOverdueFollowUpsTheReaderMaySee() {
    LocalDate today = HandWiredServices.DEPARTMENT.today();
    for (int late = 1; late <= 12; late++) {
      overdue("Late by " + late + " days", today.minusDays(late), Classification.UNCLASSIFIED);
    }
    overdue("Secret and late", today.minusDays(3), Classification.SECRET);
    overdue("Due tomorrow", today.plusDays(1), Classification.UNCLASSIFIED);
    db.runInTransaction(
        em ->
            new HandWiredServices(em, HandWiredServices.caller("timer", Classification.SECRET))
                .get(DailyOverdueCheck.class)
                .tick());

    var first = asOfficer(s -> s.wentOverdueOn(today, new PageRequest(0, 10)));
    assertEquals(12, first.total(), "the secret one is not counted for a Protected B reader");
    assertEquals(10, first.items().size());
    assertEquals("Late by 12 days", first.items().get(0).getDescription(), "earliest due first");
    var rest = asOfficer(s -> s.wentOverdueOn(today, new PageRequest(1, 10)));
    assertEquals(
        List.of("Late by 2 days", "Late by 1 days"),
        rest.items().stream().map(FollowUp::getDescription).toList());
    var secretReader =
        as(Classification.SECRET, s -> s.followUps().wentOverdueOn(today, PageRequest.first(20)));
    assertEquals(13, secretReader.total());
    assertEquals(
        0, asOfficer(s -> s.wentOverdueOn(today.minusDays(1), PageRequest.first(20))).total());
  }

  private void overdue(String description, LocalDate due, Classification classification) {
    as(
        Classification.SECRET,
        s ->
            s.followUps()
                .record(
                    new FollowUpDraft(
                        description,
                        OriginKind.MISSION,
                        beijing,
                        "Greater China Division",
                        due,
                        classification)));
  }

  @Test
  void followUpsAreListedByDueDateAndByOrigin() {
    theScenario();
    var all = asOfficer(s -> s.list(PageRequest.first(20)));
    assertEquals(
        List.of(
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2035, 12, 31)),
        all.items().stream().map(FollowUp::getDueDate).toList());
    assertEquals(4, asOfficer(s -> s.forOrigin(OriginKind.MISSION, beijing)).size());
    assertEquals(List.of(), asOfficer(s -> s.forOrigin(OriginKind.MEETING, beijing)));
  }

  @Test
  void theOpenFollowUpsOfSeveralOriginsComeInOneListByDueDate() {
    List<Long> ids = theScenario();
    asOfficer(s -> s.complete(ids.get(0), 0));

    assertEquals(
        List.of(
            "APEC Senior Official's office",
            "Trade Negotiations (North America)",
            "Chief Economist"),
        asOfficer(
            s ->
                s
                    .openFrom(
                        Map.of(
                            OriginKind.MISSION, List.of(beijing, beijing + 1000),
                            OriginKind.MEETING, List.of(beijing),
                            OriginKind.AGREEMENT, List.of()))
                    .stream()
                    .map(FollowUp::getOwner)
                    .toList()));
    assertEquals(
        List.of("APEC Senior Official's office", "Chief Economist"),
        as(
                Classification.UNCLASSIFIED,
                s -> s.followUps().openFrom(Map.of(OriginKind.MISSION, List.of(beijing))))
            .stream()
            .map(FollowUp::getOwner)
            .toList());
    assertEquals(
        List.of(), asOfficer(s -> s.openFrom(Map.of(OriginKind.MEETING, List.of(beijing)))));
    assertEquals(List.of(), asOfficer(s -> s.openFrom(Map.of())));
  }

  @Test
  void aFollowUpComesFromAMissionTheCallerMaySee() {
    var missing =
        assertThrows(
            RuleViolationException.class,
            () -> asOfficer(s -> s.record(FollowUpScenario.apecSummit(beijing + 1000))));
    assertEquals("There is no mission " + (beijing + 1000) + ".", missing.getMessage());
    assertEquals("originId", missing.field());

    long secret = mission(Classification.SECRET);
    var hidden =
        assertThrows(
            RuleViolationException.class,
            () -> asOfficer(s -> s.record(FollowUpScenario.apecSummit(secret))));
    assertEquals("There is no mission " + secret + ".", hidden.getMessage());
    assertEquals(0, asOfficer(s -> s.list(PageRequest.first(20))).total());
  }

  @Test
  void aFollowUpOfAMeetingOrAgreementNeedsOneTheCallerCanSee() {
    long meeting =
        db.inTransaction(
            em -> {
              Meeting m =
                  Meeting.schedule(
                      new MeetingDraft(
                          null,
                          "Bilateral meeting with President Xi Jinping",
                          MeetingKind.BILATERAL,
                          java.time.Instant.parse("2026-01-16T02:00:00Z"),
                          java.time.Instant.parse("2026-01-16T03:30:00Z"),
                          "Asia/Shanghai",
                          "Beijing",
                          "CN",
                          List.of(),
                          java.util.Set.of(),
                          null,
                          Classification.UNCLASSIFIED));
              em.persist(m);
              return m.getId();
            });
    var fromTheMeeting =
        new FollowUpDraft(
            "Send the minutes of the bilateral meeting with President Xi",
            OriginKind.MEETING,
            meeting,
            "Greater China Division",
            LocalDate.of(2026, 1, 30),
            Classification.UNCLASSIFIED);
    long id = asOfficer(s -> s.record(fromTheMeeting)).getId();
    assertEquals(
        List.of(id),
        asOfficer(s -> s.forOrigin(OriginKind.MEETING, meeting)).stream()
            .map(FollowUp::getId)
            .toList());

    var noSuchAgreement =
        new FollowUpDraft(
            "Circulate the signed text",
            OriginKind.AGREEMENT,
            4242L,
            "Trade Policy",
            LocalDate.of(2026, 2, 1),
            Classification.UNCLASSIFIED);
    var refused =
        assertThrows(RuleViolationException.class, () -> asOfficer(s -> s.record(noSuchAgreement)));
    assertEquals("There is no agreement 4242.", refused.getMessage());
  }

  @Test
  void closingAndReopeningGoOnTheVersionReadAndIntoTheHistory() {
    long id = theScenario().get(1);

    asOfficer(s -> s.drop(id, 0));
    var stale = assertThrows(StaleRecordException.class, () -> asOfficer(s -> s.reopen(id, 0)));
    assertEquals(
        "This follow-up was changed by someone else after you opened it. Reload it to see their"
            + " change, then make yours again.",
        stale.getMessage());
    var refused =
        assertThrows(IllegalTransitionException.class, () -> asOfficer(s -> s.complete(id, 1)));
    assertEquals(
        "A follow-up cannot go from DROPPED to DONE. Allowed from DROPPED: OPEN.",
        refused.getMessage());
    asOfficer(s -> s.reopen(id, 1));
    asOfficer(s -> s.complete(id, 2));

    assertEquals(FollowUpStatus.DONE, asOfficer(s -> s.find(id)).orElseThrow().getStatus());
    List<RevisionEntry> history = asOfficer(s -> s.history(id));
    assertEquals(4, history.size());
    assertEquals(List.of("status"), history.get(3).fields());
  }

  private List<String> listed(FollowUpQuery query) {
    return owners(asOfficer(s -> s.list(query, PageRequest.first(20))));
  }

  @Test
  void theListFindsFollowUpsByWordsStatusAndDueDate() {
    List<Long> ids = theScenario();
    asOfficer(s -> s.complete(ids.get(0), 0));

    assertEquals(
        List.of("Greater China Division", "APEC Senior Official's office"),
        listed(new FollowUpQuery("CHINA", null, null, null, null)));
    assertEquals(
        List.of("Chief Economist"), listed(new FollowUpQuery("non-u.s.", null, null, null, null)));
    assertEquals(
        List.of("Greater China Division"),
        listed(new FollowUpQuery(null, "DONE", null, null, null)));
    assertEquals(
        3,
        asOfficer(
                s ->
                    s.list(new FollowUpQuery(null, "OPEN", null, null, null), PageRequest.first(1)))
            .total());
    assertEquals(
        List.of("APEC Senior Official's office", "Trade Negotiations (North America)"),
        listed(
            new FollowUpQuery(
                null, "OPEN", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31), null)));
    assertEquals(
        List.of("Greater China Division"),
        listed(new FollowUpQuery(null, null, null, LocalDate.of(2026, 3, 31), null)));
    assertEquals(
        List.of(
            "Trade Negotiations (North America)",
            "Greater China Division",
            "Chief Economist",
            "APEC Senior Official's office"),
        listed(new FollowUpQuery(null, null, null, null, "owner,desc")));
    assertEquals(
        List.of("Chief Economist"),
        owners(
            asOfficer(
                s ->
                    s.list(
                        new FollowUpQuery(null, null, null, null, "dueDate,desc"),
                        PageRequest.first(1)))));

    var unclassifiedReader =
        as(
            Classification.UNCLASSIFIED,
            s ->
                s.followUps()
                    .list(
                        new FollowUpQuery("trade", null, null, null, null), PageRequest.first(20)));
    assertEquals(List.of("Chief Economist"), owners(unclassifiedReader));
    assertEquals(1, unclassifiedReader.total());
  }

  @Test
  void aFilteredPageCostsTwoStatementsWhateverItsSize() {
    theScenario();
    var statistics =
        db.entityManagerFactory().unwrap(org.hibernate.SessionFactory.class).getStatistics();
    var query = new FollowUpQuery("e", "OPEN", LocalDate.of(2026, 1, 1), null, "owner");
    statistics.clear();
    var one = asOfficer(s -> s.list(query, PageRequest.first(1)));
    long forOne = statistics.getPrepareStatementCount();
    statistics.clear();
    var all = asOfficer(s -> s.list(query, PageRequest.first(200)));
    assertEquals(2, forOne);
    assertEquals(forOne, statistics.getPrepareStatementCount());
    assertEquals(1, one.items().size());
    assertEquals(4, all.total());
  }
}
