package ca.gc.engagement.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.Proposal;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.support.Deployments;
import ca.gc.engagement.support.SignedIn;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server's caches keep and when they let go (docs/decisions/0025-query-cache.md): a list
 * asked again reads neither its page nor its total from the database; a list kept for one clearance
 * is never served to a lower one; a meeting saved or reclassified is in the very next list; a
 * screening asked again reads no carve-out, and a carve-out declared screens at once. Counted with
 * Hibernate's statistics of cache hits (the overdue check's timer may run statements meanwhile,
 * never cached ones).
 */
@ExtendWith(ArquillianExtension.class)
class CachedListsIT {

  private static final PageRequest FIRST_PAGE = PageRequest.first(20);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarWith(CachedListsIT.class);
  }

  @EJB MeetingService meetings;

  @EJB CarveOutService carveOuts;

  @PersistenceUnit EntityManagerFactory persistence;

  private Statistics statistics;

  /** Words no other record has, so each test's list holds only its own meetings. */
  private String topic;

  @BeforeEach
  void statistics() {
    statistics = persistence.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    topic = "cachetopic" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aListAskedAgainReadsNeitherItsPageNorItsTotalAgain() {
    schedule("Trade talks " + topic, 1, Classification.UNCLASSIFIED);
    // Hibernate judges a kept answer by millisecond timestamps: one computed in the very
    // millisecond
    // the meeting was written counts as stale (safe: it is computed again). The second is kept.
    list("viewer");
    Page<Meeting> first = list("viewer");
    long hits = statistics.getQueryCacheHitCount();
    long misses = statistics.getQueryCacheMissCount();

    Page<Meeting> again = list("viewer");

    assertEquals(titles(first), titles(again));
    assertEquals(1, again.total());
    assertEquals(hits + 2, statistics.getQueryCacheHitCount(), "the page's ids and its total");
    assertEquals(misses, statistics.getQueryCacheMissCount());
  }

  @Test
  void aListKeptForASecretReaderIsNeverServedToAProtectedAReader() {
    schedule("Trade talks " + topic, 1, Classification.UNCLASSIFIED);
    schedule("Arctic routes " + topic, 2, Classification.SECRET);
    assertEquals(2, list("approver").total());

    Page<Meeting> protectedA = list("viewer");

    assertEquals(1, protectedA.total());
    assertEquals(List.of("Trade talks " + topic), titles(protectedA));
    assertEquals(2, list("approver").total(), "each clearance its own entry");
  }

  @Test
  void aMeetingSavedOrReclassifiedIsInTheVeryNextList() {
    schedule("Trade talks " + topic, 1, Classification.UNCLASSIFIED);
    assertEquals(1, list("officer").total());
    assertEquals(1, list("officer").total(), "now kept");

    Meeting roundtable = schedule("Roundtable " + topic, 5, Classification.UNCLASSIFIED);
    Page<Meeting> afterSaving = list("officer");
    assertEquals(2, afterSaving.total());
    assertEquals("Roundtable " + topic, titles(afterSaving).get(0));

    SignedIn.as(
        "approver",
        () ->
            meetings.revise(
                roundtable.getId(),
                roundtable.getVersion(),
                draft("Roundtable " + topic, 5, Classification.SECRET)));
    Page<Meeting> afterReclassifying = list("officer");
    assertEquals(1, afterReclassifying.total());
    assertFalse(titles(afterReclassifying).contains("Roundtable " + topic));
  }

  @Test
  void aScreeningAskedAgainReadsNoCarveOutAndACarveOutDeclaredCountsAtOnce() {
    Proposal research =
        new Proposal(
            Set.of("CA", "CN"),
            Set.of("CANOLA"),
            Set.of(),
            "Joint research on " + topic,
            LocalDate.of(2026, 6, 1));
    assertTrue(screen(research).isClear());
    long misses = statistics.getQueryCacheMissCount();
    long loads = statistics.getEntityLoadCount();

    assertTrue(screen(research).isClear());
    assertEquals(misses, statistics.getQueryCacheMissCount(), "carve-outs and sectors kept");
    assertEquals(loads, statistics.getEntityLoadCount(), "no carve-out read from the database");

    String code = "CACHE_" + topic.substring(10).toUpperCase(Locale.ROOT);
    CarveOut declared = SignedIn.as("admin", () -> carveOuts.declare(carveOut(code)));
    try {
      ScreeningResult after = screen(research);
      assertFalse(after.isClear());
      assertEquals(Set.of(code), after.carveOutCodes());
    } finally {
      SignedIn.as("admin", () -> carveOuts.retire(declared.getId(), declared.getVersion()));
    }
    assertTrue(screen(research).isClear(), "retired: out of the next screening");
  }

  private Page<Meeting> list(String account) {
    RecordQuery words = new RecordQuery(topic, Set.of(), null, null, null, null, null, null);
    return SignedIn.as(account, () -> meetings.search(words, FIRST_PAGE));
  }

  private ScreeningResult screen(Proposal proposal) {
    return SignedIn.as("officer", () -> carveOuts.screen(proposal));
  }

  private Meeting schedule(String title, int day, Classification classification) {
    return SignedIn.as("approver", () -> meetings.schedule(draft(title, day, classification)));
  }

  private static MeetingDraft draft(String title, int day, Classification classification) {
    Instant start = Instant.parse("2026-03-01T14:00:00Z").plusSeconds(86_400L * day);
    return new MeetingDraft(
        null,
        title,
        MeetingKind.BILATERAL,
        start,
        start.plusSeconds(3_600),
        "America/Toronto",
        "Ottawa",
        "CN",
        List.of(),
        Set.of(),
        "Agenda",
        classification);
  }

  private CarveOutDraft carveOut(String code) {
    return new CarveOutDraft(
        code,
        "Research named " + topic,
        "Research on this subject is not shared with the counterpart.",
        "The department's guidance on sensitive technologies.",
        Set.of(),
        Set.of(),
        Set.of(topic),
        Set.of("CN"),
        LocalDate.of(2026, 1, 1),
        null,
        CarveOutMode.PROHIBIT,
        Classification.UNCLASSIFIED);
  }

  private static List<String> titles(Page<Meeting> page) {
    return page.items().stream().map(Meeting::getTitle).toList();
  }
}
