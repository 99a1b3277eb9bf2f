package ca.gc.engagement.feed.control;

import ca.gc.engagement.audit.entity.RevisionEntry.Change;
import ca.gc.engagement.feed.entity.FeedEntry;
import ca.gc.engagement.feed.entity.FeedKind;
import ca.gc.engagement.feed.entity.FeedPage;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classification;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The change feed in the database ({@code record_change}, {@code change_position}; V16): numbering
 * what was committed, and reading the entries after a position, of some kinds, visible at a
 * clearance. Takes the transaction's entity manager and the clearance as parameters, so that the
 * pages' and the API's reader ({@code ChangeFeed}, with the caller's clearance) and a dispatcher
 * with a subscription's clearance and stored position ask the same question.
 */
public final class ChangeLog {

  private static final String TABLE = "record_change";

  private ChangeLog() {}

  /** Whether some committed change has no position yet (an index look-up for a null). */
  public static boolean unnumbered(EntityManager em) {
    return !em.createNativeQuery("select 1 from record_change where position is null")
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * The last position given: every change up to it is numbered, so a read after a position finds
   * every entry up to it that the reader may see (what a dispatcher compares its subscriptions'
   * positions with before reading as each subscriber).
   */
  public static long newest(EntityManager em) {
    return ((Number)
            em.createNativeQuery("select last_position from change_position where id = 1")
                .getSingleResult())
        .longValue();
  }

  /**
   * Numbers every committed change still without a position, after the last one given, in revision
   * and record order; returns how many. Holds the one row of {@code change_position} until the
   * caller's transaction ends (SELECT ... FOR UPDATE, on every node of a cluster alike), so that
   * two sequencers never number at once and a change committed later is numbered later: position
   * order is the order in which readers could first see the changes.
   */
  public static int number(EntityManager em) {
    long last =
        ((Number)
                em.createNativeQuery(
                        "select last_position from change_position where id = 1 for update")
                    .getSingleResult())
            .longValue();
    int numbered =
        em.createNativeQuery(
                """
                merge into record_change c
                using (select revision_id, record_table, record_id,
                              row_number() over (order by revision_id, record_table, record_id) n
                       from record_change where position is null) u
                on c.revision_id = u.revision_id and c.record_table = u.record_table
                   and c.record_id = u.record_id
                when matched then update set position = ?1 + u.n
                """)
            .unwrap(NativeQuery.class)
            // Only this table: a native write names no table, and Hibernate would otherwise empty
            // every cache region (the carve-outs, sectors and the lists' query cache) each time.
            .addSynchronizedQuerySpace(TABLE)
            .setParameter(1, last)
            .executeUpdate();
    if (numbered > 0) {
      em.createNativeQuery("update change_position set last_position = ?1 where id = 1")
          .unwrap(NativeQuery.class)
          .addSynchronizedQuerySpace("change_position")
          .setParameter(1, last + numbered)
          .executeUpdate();
    }
    return numbered;
  }

  /**
   * At most {@code size} entries after {@code position}, of {@code kinds} (all when empty), oldest
   * first, of records whose classification <em>now</em> is at or below {@code clearance}: each
   * entry is joined to its record's current row, in the query, so that a page is full and nothing
   * above the clearance is even read.
   */
  @SuppressWarnings("unchecked")
  public static FeedPage after(
      EntityManager em, long position, Set<FeedKind> kinds, Classification clearance, int size) {
    if (position < 0 || size < 1 || size > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException("position " + position + ", size " + size);
    }
    List<FeedKind> read = kinds.isEmpty() ? List.of(FeedKind.values()) : List.copyOf(kinds);
    List<Object[]> rows =
        em.createNativeQuery(query(read))
            .setParameter(1, position)
            .setParameter(2, clearance.level())
            .setMaxResults(size)
            .getResultList();
    List<FeedEntry> entries = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      entries.add(
          new FeedEntry(
              ((Number) row[0]).longValue(),
              FeedKind.ofTable((String) row[1]).orElseThrow(),
              ((Number) row[2]).longValue(),
              Change.valueOf((String) row[3]),
              Instant.ofEpochMilli(((Number) row[4]).longValue())));
    }
    return FeedPage.after(position, entries);
  }

  /**
   * The read, for the kinds asked: one left join per kind to its table by primary key, taken only
   * for that kind's rows; the table names and kinds come from {@link FeedKind}, never from input.
   */
  static String query(List<FeedKind> kinds) {
    StringBuilder joins = new StringBuilder();
    List<String> classifications = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      String table = kinds.get(i).table();
      joins.append(
          " left join %s k%d on c.record_table = '%s' and k%d.id = c.record_id"
              .formatted(table, i, table, i));
      classifications.add("k" + i + ".classification");
    }
    String tables =
        kinds.stream().map(k -> "'" + k.table() + "'").collect(Collectors.joining(", "));
    String classification =
        classifications.size() == 1
            ? classifications.get(0)
            : "coalesce(" + String.join(", ", classifications) + ")";
    return "select c.position, c.record_table, c.record_id, c.change, r.made_at"
        + " from record_change c join revision r on r.id = c.revision_id"
        + joins
        + " where c.position > ?1 and c.record_table in ("
        + tables
        + ") and "
        + classification
        + " <= ?2 order by c.position";
  }
}
