package ca.gc.engagement.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.feed.entity.FeedEntry;
import ca.gc.engagement.feed.entity.FeedKind;
import ca.gc.engagement.feed.entity.FeedPage;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change feed on the real migrations and mappings, outside the server: what the revisions note,
 * how the sequencer numbers it (commit order, not revision order), and what a reader of a clearance
 * reads.
 */
class ChangeLogTest {

  private MigratedDatabase db;

  @BeforeEach
  void open() {
    db = new MigratedDatabase();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private <T> T as(Classification clearance, Function<StakeholderService, T> call) {
    return db.call(HandWiredServices.caller("officer", clearance), StakeholderService.class, call);
  }

  private static StakeholderDraft draft(String name, Classification classification) {
    return new StakeholderDraft(
        name, "Trade negotiator", null, StakeholderKind.FEDERAL, "CA", classification);
  }

  private FeedPage read(long after, Set<FeedKind> kinds, Classification clearance, int size) {
    db.runInTransaction(ChangeLog::number);
    return db.inTransaction(em -> ChangeLog.after(em, after, kinds, clearance, size));
  }

  private List<FeedEntry> all(Set<FeedKind> kinds, Classification clearance) {
    return read(0, kinds, clearance, PageRequest.MAX_SIZE).entries();
  }

  private static List<String> lines(List<FeedEntry> entries) {
    return entries.stream()
        .map(e -> e.kind().collection() + " " + e.id() + " " + e.change())
        .toList();
  }

  @Test
  void theMigrationBackfillsTheRecordsAlreadyOnFile() {
    assertEquals(
        List.of("carve-outs 1 CREATED", "carve-outs 2 CREATED"),
        lines(all(Set.of(), Classification.UNCLASSIFIED)));
    assertEquals(
        List.of(1L, 2L),
        all(Set.of(), Classification.UNCLASSIFIED).stream().map(FeedEntry::position).toList());
  }

  @Test
  void aRecordCreatedRevisedAndSteppedIsCreatedThenChangedInOrder() {
    Stakeholder made =
        as(
            Classification.PROTECTED_B,
            s -> s.record(draft("Dominic LeBlanc", Classification.PROTECTED_A)));
    Stakeholder revised =
        as(
            Classification.PROTECTED_B,
            s ->
                s.revise(
                    made.getId(),
                    made.getVersion(),
                    draft("Dominic LeBlanc", Classification.PROTECTED_B)));
    as(Classification.PROTECTED_B, s -> s.archive(made.getId(), revised.getVersion()));

    List<FeedEntry> entries = all(Set.of(FeedKind.STAKEHOLDERS), Classification.PROTECTED_B);
    long id = made.getId();
    assertEquals(
        List.of(
            "stakeholders " + id + " CREATED",
            "stakeholders " + id + " CHANGED",
            "stakeholders " + id + " CHANGED"),
        lines(entries));
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i).position() > entries.get(i - 1).position());
      assertFalse(entries.get(i).at().isBefore(entries.get(i - 1).at()));
    }
  }

  @Test
  void nothingIsNumberedUntilTheSequencerRunsAndThenOnce() {
    as(
        Classification.PROTECTED_B,
        s -> s.record(draft("Anita Anand", Classification.UNCLASSIFIED)));
    assertTrue(db.inTransaction(ChangeLog::unnumbered));
    assertEquals(
        List.of("carve-outs 1 CREATED", "carve-outs 2 CREATED"),
        lines(
            db.inTransaction(em -> ChangeLog.after(em, 0, Set.of(), Classification.SECRET, 200))
                .entries()));
    assertEquals(1, db.inTransaction(ChangeLog::number));
    assertFalse(db.inTransaction(ChangeLog::unnumbered));
    assertEquals(0, db.inTransaction(ChangeLog::number));
  }

  /**
   * Revision ids come in blocks per node: a revision with a lower id may commit after one with a
   * higher id. It is numbered when it commits, after what was numbered before: a reader who read up
   * to the higher one still gets it.
   */
  @Test
  void aRevisionCommittedLaterIsReadLaterWhateverItsId() {
    Stakeholder first =
        as(
            Classification.PROTECTED_B,
            s -> s.record(draft("Mélanie Joly", Classification.UNCLASSIFIED)));
    FeedPage read = read(0, Set.of(FeedKind.STAKEHOLDERS), Classification.UNCLASSIFIED, 200);
    assertEquals(List.of("stakeholders " + first.getId() + " CREATED"), lines(read.entries()));

    db.runInTransaction(
        em -> {
          long lower =
              ((Number) em.createNativeQuery("select min(id) - 1 from revision").getSingleResult())
                  .longValue();
          em.createNativeQuery(
                  "insert into revision (id, made_at, made_by) values (?1, 0, 'another node')")
              .setParameter(1, lower)
              .executeUpdate();
          em.createNativeQuery(
                  "insert into record_change (revision_id, record_table, record_id, change)"
                      + " values (?1, 'stakeholder', ?2, 'CHANGED')")
              .setParameter(1, lower)
              .setParameter(2, first.getId())
              .executeUpdate();
        });

    FeedPage next =
        read(read.next(), Set.of(FeedKind.STAKEHOLDERS), Classification.UNCLASSIFIED, 200);
    assertEquals(List.of("stakeholders " + first.getId() + " CHANGED"), lines(next.entries()));
    assertTrue(next.next() > read.next());
  }

  @Test
  void aReaderSeesOnlyWhatTheirClearanceCoversNowAndPagesAreFull() {
    long open =
        as(Classification.SECRET, s -> s.record(draft("Open", Classification.UNCLASSIFIED)))
            .getId();
    Stakeholder secret =
        as(Classification.SECRET, s -> s.record(draft("Secret", Classification.SECRET)));
    long later =
        as(Classification.SECRET, s -> s.record(draft("Later", Classification.PROTECTED_B)))
            .getId();

    assertEquals(
        List.of("stakeholders " + open + " CREATED", "stakeholders " + later + " CREATED"),
        lines(read(2, Set.of(), Classification.PROTECTED_B, 2).entries()));
    assertEquals(
        List.of(
            "stakeholders " + open + " CREATED",
            "stakeholders " + secret.getId() + " CREATED",
            "stakeholders " + later + " CREATED"),
        lines(read(2, Set.of(), Classification.SECRET, 200).entries()));

    Stakeholder lowered =
        as(
            Classification.SECRET,
            s ->
                s.revise(
                    secret.getId(),
                    secret.getVersion(),
                    draft("Secret", Classification.PROTECTED_A)));
    assertEquals(
        List.of(
            "stakeholders " + open + " CREATED",
            "stakeholders " + secret.getId() + " CREATED",
            "stakeholders " + later + " CREATED",
            "stakeholders " + secret.getId() + " CHANGED"),
        lines(read(2, Set.of(), Classification.PROTECTED_B, 200).entries()));

    as(
        Classification.SECRET,
        s ->
            s.revise(secret.getId(), lowered.getVersion(), draft("Secret", Classification.SECRET)));
    assertEquals(
        List.of("stakeholders " + open + " CREATED", "stakeholders " + later + " CREATED"),
        lines(read(2, Set.of(), Classification.PROTECTED_B, 200).entries()));
  }

  @Test
  void pagingWalksTheWholeFeedWithNoGapOrRepeat() {
    for (int i = 0; i < 7; i++) {
      String name = "Stakeholder " + i;
      as(Classification.PROTECTED_B, s -> s.record(draft(name, Classification.UNCLASSIFIED)));
    }
    List<FeedEntry> walked = new ArrayList<>();
    long after = 0;
    for (FeedPage page = read(after, Set.of(), Classification.UNCLASSIFIED, 3);
        !page.entries().isEmpty();
        page = read(page.next(), Set.of(), Classification.UNCLASSIFIED, 3)) {
      assertTrue(page.entries().size() <= 3);
      walked.addAll(page.entries());
    }
    assertEquals(all(Set.of(), Classification.UNCLASSIFIED), walked);
    assertEquals(9, walked.size());
  }

  @Test
  void kindsAreFilteredInTheQuery() {
    as(
        Classification.PROTECTED_B,
        s -> s.record(draft("Chrystia Freeland", Classification.UNCLASSIFIED)));
    assertEquals(2, all(Set.of(FeedKind.CARVE_OUTS), Classification.SECRET).size());
    assertEquals(1, all(Set.of(FeedKind.STAKEHOLDERS), Classification.SECRET).size());
    assertEquals(
        0, all(Set.of(FeedKind.MISSIONS, FeedKind.MEETINGS), Classification.SECRET).size());
    assertEquals(
        3, all(Set.of(FeedKind.STAKEHOLDERS, FeedKind.CARVE_OUTS), Classification.SECRET).size());
  }

  @Test
  void anEmptyReadKeepsThePlace() {
    FeedPage page = read(2, Set.of(), Classification.SECRET, 10);
    assertEquals(List.of(), page.entries());
    assertEquals(2, page.next());
  }

  @Test
  void everyKindNamesItsTable() {
    assertEquals(
        List.of(
            "mission",
            "meeting",
            "agreement",
            "stakeholder",
            "statement",
            "trade_measure",
            "follow_up",
            "carve_out"),
        java.util.Arrays.stream(FeedKind.values()).map(FeedKind::table).toList());
  }
}
