package ca.gc.engagement.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
