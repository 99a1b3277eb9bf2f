package ca.gc.engagement.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.demo.control.ScenarioStakeholders;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.search.entity.MonthlyCount;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.entity.SourceDraft;
import ca.gc.engagement.statement.entity.Stance;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one search: filters, clearance, order, and the same two statements whatever the page size.
 */
class RecordSearchTest {

  private MigratedDatabase db;

  @BeforeEach
  void records() {
    db = new MigratedDatabase();
    db.runInTransaction(
        em -> {
          for (int i = 0; i < 30; i++) {
            em.persist(
                Mission.plan(
                    new MissionDraft(
                        "Mission " + i,
                        i % 2 == 0 ? "CN" : "JP",
                        i % 2 == 0 ? "Beijing" : "Tokyo",
                        LocalDate.of(2026, 1, 1).plusDays(i),
                        LocalDate.of(2026, 1, 1).plusDays(i + 2),
                        "Minister",
                        i == 7 ? "Canola tariff relief" : "Trade",
                        i % 10 == 9 ? Classification.SECRET : Classification.UNCLASSIFIED)));
          }
          em.persist(
              Meeting.schedule(
                  new MeetingDraft(
                      null,
                      "Banquet of the Canada China Business Council",
                      MeetingKind.BANQUET,
                      Instant.parse("2026-01-16T11:00:00Z"),
                      Instant.parse("2026-01-16T14:00:00Z"),
                      "Asia/Shanghai",
                      "Beijing",
                      "CN",
                      List.of(),
                      Set.of("CANOLA", "ELECTRIC_VEHICLES"),
                      "Business ties",
                      Classification.UNCLASSIFIED)));
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aPageCostsTwoStatementsWhateverItsSize() {
    Statistics statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    as(Classification.SECRET, s -> s.search(RecordQuery.everything(), new PageRequest(0, 5)));
    long small = statistics.getPrepareStatementCount();
    statistics.clear();
    var big =
        as(Classification.SECRET, s -> s.search(RecordQuery.everything(), new PageRequest(0, 200)));
    long large = statistics.getPrepareStatementCount();
    assertEquals(31, big.items().size());
    assertEquals(2, small);
    assertEquals(small, large);
  }

  @Test
  void nothingAboveTheReadersClearanceIsListedOrCounted() {
    Page<RecordSummary> page =
        as(
            Classification.PROTECTED_A,
            s -> s.search(RecordQuery.only(RecordKind.MISSION), new PageRequest(0, 200)));
    assertEquals(27, page.total());
    assertTrue(
        page.items().stream().noneMatch(r -> r.getClassification() == Classification.SECRET));
  }

  @Test
  void wordsCountrySectorStatusAndDatesNarrowTheSearch() {
    assertEquals(
        List.of("Mission 7"),
        titles(new RecordQuery("CANOLA", Set.of(), null, null, null, null, null, null)));
    assertEquals(
        16,
        as(
                Classification.PROTECTED_A,
                s ->
                    s.search(
                        new RecordQuery(null, Set.of(), "CN", null, null, null, null, null),
                        new PageRequest(0, 200)))
            .total(),
        "15 Chinese missions (the SECRET ones are Japanese) and the banquet");
    assertEquals(
        List.of("Banquet of the Canada China Business Council"),
        titles(new RecordQuery(null, Set.of(), null, "AGRI_FOOD", null, null, null, null)),
        "CANOLA is within AGRI_FOOD");
    assertEquals(
        List.of("Mission 2", "Mission 1", "Mission 0"),
        titles(
            new RecordQuery(
                null,
                Set.of(RecordKind.MISSION),
                null,
                null,
                "PLANNED",
                null,
                LocalDate.of(2026, 1, 3),
                null)));
    assertEquals(
        List.of("Mission 0", "Mission 1"),
        titles(
            new RecordQuery(
                "mission",
                Set.of(),
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 1, 2),
                "date,asc")));
  }

  @Test
  void likeWildcardsInTheWordsAreTakenLiterally() {
    assertEquals(
        List.of(), titles(new RecordQuery("%", Set.of(), null, null, null, null, null, null)));
  }

  @Test
  void recordsAreCountedPerMonthWithinTheReadersClearance() {
    Set<RecordKind> engagements = Set.of(RecordKind.MISSION, RecordKind.MEETING);
    LocalDate from = LocalDate.of(2025, 12, 1);
    LocalDate to = LocalDate.of(2026, 1, 31);
    YearMonth january = YearMonth.of(2026, 1);
    assertEquals(
        List.of(
            new MonthlyCount(RecordKind.MEETING, january, 1),
            new MonthlyCount(RecordKind.MISSION, january, 27)),
        as(Classification.PROTECTED_A, s -> s.perMonth(engagements, from, to)),
        "30 missions start in January 2026 (three of them SECRET) and the banquet is held then");
    assertEquals(
        List.of(
            new MonthlyCount(RecordKind.MEETING, january, 1),
            new MonthlyCount(RecordKind.MISSION, january, 30)),
        as(Classification.SECRET, s -> s.perMonth(engagements, from, to)));
    assertEquals(
        List.of(new MonthlyCount(RecordKind.MISSION, YearMonth.of(2026, 1), 9)),
        as(
            Classification.SECRET,
            s -> s.perMonth(Set.of(RecordKind.MISSION), from, LocalDate.of(2026, 1, 9))),
        "both days of the period are included");
  }

  @Test
  void aListOfOneKindFindsWhatTheSearchAcrossKindsFindsOfThatKind() {
    recordAnAgreementAndAStatement();
    List<RecordQuery> queries =
        List.of(
            RecordQuery.everything(),
            new RecordQuery("canola", Set.of(), null, null, null, null, null, null),
            new RecordQuery("trade", Set.of(), null, null, null, null, null, "title,asc"),
            new RecordQuery(null, Set.of(), "CN", null, null, null, null, null),
            new RecordQuery(null, Set.of(), null, "AGRI_FOOD", null, null, null, null),
            new RecordQuery(null, Set.of(), "CA", "AUTOMOTIVE", null, null, null, null),
            new RecordQuery(null, Set.of(), null, null, "PLANNED", null, null, "date,asc"),
            new RecordQuery(
                null,
                Set.of(),
                null,
                null,
                null,
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 1, 20),
                "status,desc"),
            new RecordQuery(null, Set.of(), null, null, null, null, null, "kind,asc"));
    for (RecordKind kind : RecordKind.values()) {
      for (RecordQuery query : queries) {
        RecordQuery ofKind = query.of(kind);
        Page<RecordSummary> across =
            as(Classification.PROTECTED_A, s -> s.search(ofKind, new PageRequest(0, 200)));
        Page<Long> list =
            as(Classification.PROTECTED_A, s -> s.idsOfOneKind(ofKind, new PageRequest(0, 200)));
        assertEquals(
            across.items().stream().map(RecordSummary::getId).toList(),
            list.items(),
            kind + " " + ofKind);
        assertEquals(across.total(), list.total(), kind + " " + ofKind);
      }
      assertFalse(
          as(
                  Classification.PROTECTED_A,
                  s -> s.idsOfOneKind(RecordQuery.only(kind), new PageRequest(0, 20)))
              .items()
              .isEmpty(),
          kind + " has records to list");
    }
  }

  @Test
  void aListOfOneKindCostsTwoStatementsWhateverItsSize() {
    Statistics statistics = db.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
    RecordQuery missions = RecordQuery.only(RecordKind.MISSION);
    statistics.clear();
    as(Classification.SECRET, s -> s.idsOfOneKind(missions, new PageRequest(0, 5)));
    long small = statistics.getPrepareStatementCount();
    statistics.clear();
    var big = as(Classification.SECRET, s -> s.idsOfOneKind(missions, new PageRequest(0, 200)));
    assertEquals(30, big.items().size());
    assertEquals(2, small);
    assertEquals(small, statistics.getPrepareStatementCount());
  }

  @Test
  void meetingsOfOneDayAreListedByTheMomentTheyStart() {
    List<Long> ids =
        db.inTransaction(
            em ->
                List.of(
                        meeting("Evening call", "2026-02-03T21:00:00Z"),
                        meeting("Morning briefing", "2026-02-03T13:00:00Z"))
                    .stream()
                    .map(
                        meeting -> {
                          em.persist(meeting);
                          em.flush();
                          return meeting.getId();
                        })
                    .toList());
    long evening = ids.get(0);
    long morning = ids.get(1);
    assertTrue(evening < morning, "the evening call is recorded first");
    assertEquals(List.of(evening, morning), meetingIds("date,desc").subList(0, 2), "newest first");
    assertEquals(List.of(morning, evening), meetingIds("date,asc").subList(1, 3), "oldest first");
  }

  @Test
  void meetingsAreCountedInTheMonthOfTheirDayFromTheFirstDayToTheLast() {
    db.runInTransaction(
        em ->
            List.of(
                    meeting("Before the period", "2025-12-31T12:00:00Z"),
                    meeting("Last day of the period", "2026-01-31T12:00:00Z"),
                    meeting("After the period", "2026-02-01T12:00:00Z"))
                .forEach(em::persist));
    assertEquals(
        List.of(new MonthlyCount(RecordKind.MEETING, YearMonth.of(2026, 1), 2)),
        as(
            Classification.SECRET,
            s ->
                s.perMonth(
                    Set.of(RecordKind.MEETING),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31))),
        "the banquet and the meeting of the last day");
  }

  private List<Long> meetingIds(String sort) {
    RecordQuery query =
        new RecordQuery(null, Set.of(RecordKind.MEETING), null, null, null, null, null, sort);
    return as(Classification.SECRET, s -> s.idsOfOneKind(query, new PageRequest(0, 20))).items();
  }

  private static Meeting meeting(String title, String startsAt) {
    Instant start = Instant.parse(startsAt);
    return Meeting.schedule(
        new MeetingDraft(
            null,
            title,
            MeetingKind.CALL,
            start,
            start.plusSeconds(3600),
            "America/Toronto",
            "Ottawa",
            "CA",
            List.of(),
            Set.of(),
            null,
            Classification.UNCLASSIFIED));
  }

  private void recordAnAgreementAndAStatement() {
    db.runInTransaction(
        em -> {
          em.persist(
              Agreement.propose(
                  new AgreementDraft(
                      "Canola tariff relief",
                      Set.of("CA", "CN"),
                      null,
                      null,
                      Set.of("CANOLA"),
                      Set.of(),
                      "China cuts canola-seed duties; trade resumes",
                      Classification.UNCLASSIFIED),
                  LocalDate.of(2026, 1, 16)));
          Stakeholder ford = Stakeholder.record(ScenarioStakeholders.FORD);
          em.persist(ford);
          em.persist(
              Statement.record(
                  new StatementDraft(
                      ford.getId(),
                      LocalDate.of(2026, 1, 13),
                      Stance.CONCERNED,
                      Set.of("AUTOMOTIVE"),
                      "Very concerned that the trade deal drops the policies that protect autos.",
                      new SourceDraft("Remarks to reporters, Toronto", null),
                      null,
                      Classification.UNCLASSIFIED),
                  ford));
        });
  }

  private List<String> titles(RecordQuery query) {
    return as(Classification.PROTECTED_A, s -> s.search(query, new PageRequest(0, 200)))
        .items()
        .stream()
        .map(RecordSummary::getTitle)
        .toList();
  }

  private <T> T as(Classification clearance, Function<RecordSearch, T> call) {
    return db.inTransaction(
        em -> {
          em.unwrap(Session.class)
              .enableFilter(Classified.CLEARANCE_FILTER)
              .setParameter(Classified.CLEARANCE_PARAMETER, clearance.level());
          SectorService sectors = new SectorService();
          inject(sectors, "em", em);
          RecordSearch search = new RecordSearch();
          inject(search, "em", em);
          inject(search, "sectors", sectors);
          return call.apply(search);
        });
  }

  private static void inject(Object target, String field, Object value) {
    try {
      var f = target.getClass().getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
