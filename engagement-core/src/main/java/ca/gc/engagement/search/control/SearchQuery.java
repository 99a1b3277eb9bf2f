package ca.gc.engagement.search.control;

import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.search.entity.KindLine;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Turns a {@link RecordQuery} into JPQL: across kinds over the union view ({@link RecordSummary}),
 * or for one kind over that kind's own lines ({@link KindLine}), with the same conditions. One
 * statement for the page, one for the count, whatever the page size. Only whitelisted fields are
 * sorted on; every value is a bound parameter.
 */
public final class SearchQuery {

  private final RecordQuery query;
  private final Set<String> sectors;

  /**
   * @param sectors the query's sector and every sector within it (empty: no sector filter)
   */
  public SearchQuery(RecordQuery query, Set<String> sectors) {
    this.query = query;
    this.sectors = Set.copyOf(sectors);
  }

  /** A page of the search across kinds. */
  public TypedQuery<RecordSummary> page(EntityManager em, int offset, int size) {
    Conditions where = acrossKinds();
    String order = order("r.date", "r.kind", ", r.kind, r.id");
    return where
        .bind(em.createQuery("select r from RecordSummary r" + where + order, RecordSummary.class))
        .setFirstResult(offset)
        .setMaxResults(size);
  }

  /** How many records the search across kinds finds. */
  public TypedQuery<Long> count(EntityManager em) {
    Conditions where = acrossKinds();
    return cached(
        where.bind(em.createQuery("select count(r) from RecordSummary r" + where, Long.class)));
  }

  /**
   * The ids of a page of records of one kind, in its order. Cached (the query cache): the key holds
   * the query, its values and the reader's clearance (the filter's parameter), and any write to the
   * kind's tables makes it stale, on every node.
   */
  public TypedQuery<Long> ids(EntityManager em, RecordKind kind, int offset, int size) {
    Conditions where = new Conditions(kind, query, sectors);
    String order = order(startOf(kind), "r.id", ", r.id");
    return cached(
            where.bind(
                em.createQuery(
                    "select r.id from " + entity(em, kind) + " r" + where + order, Long.class)))
        .setFirstResult(offset)
        .setMaxResults(size);
  }

  /** How many records of one kind the search finds; cached as {@link #ids}. */
  public TypedQuery<Long> count(EntityManager em, RecordKind kind) {
    Conditions where = new Conditions(kind, query, sectors);
    return cached(
        where.bind(
            em.createQuery(
                "select count(r.id) from " + entity(em, kind) + " r" + where, Long.class)));
  }

  private Conditions acrossKinds() {
    Conditions where = new Conditions(null, query, sectors);
    return query.kinds().isEmpty() ? where : where.and("r.kind in :kinds", "kinds", query.kinds());
  }

  /**
   * The order by the query's field, then by the tie-break, all in the query's direction.
   *
   * @param date what "date" orders by
   * @param kind what "kind" orders by (one kind: the tie-break alone)
   * @param tieBreak the paths after the field that make the order total, {@code r.id} last
   */
  private String order(String date, String kind, String tieBreak) {
    String direction = query.ascending() ? " asc" : " desc";
    String field =
        switch (query.sortField()) {
          case "title" -> "lower(r.title)";
          case "status" -> "r.status";
          case "kind" -> kind;
          default -> date;
        };
    return " order by " + field + direction + " nulls last" + tieBreak + direction;
  }

  /**
   * What "date" orders a kind's lines by: a meeting's moment, which the meeting table's indexes
   * hold in both directions (a page reads 20 index entries instead of sorting every meeting), a day
   * elsewhere.
   */
  private static String startOf(RecordKind kind) {
    return kind == RecordKind.MEETING ? "r.startsAt" : "r.date";
  }

  /** The day of a kind's line, which a period compares with: a meeting's is its moment's. */
  private static String dayOf(RecordKind kind) {
    return kind == RecordKind.MEETING ? "cast(r.startsAt as LocalDate)" : "r.date";
  }

  /**
   * How many records of one kind fall in each month of a period (by the record's day, both days
   * included): rows of year, month and count, read from the kind's own lines. A meeting's day is a
   * cast of its moment, which no index holds: the moment is also bounded a day wider on each side
   * than any time zone's day, so that the meeting table's index on it narrows the rows read. Cached
   * as {@link #ids}.
   */
  public static TypedQuery<Object[]> perMonth(
      EntityManager em, RecordKind kind, LocalDate from, LocalDate to) {
    String day = dayOf(kind);
    boolean meetings = kind == RecordKind.MEETING;
    String moment = meetings ? " and r.startsAt >= :earliest and r.startsAt < :latest" : "";
    TypedQuery<Object[]> counts =
        em.createQuery(
            ("select year(%1$s), month(%1$s), count(r) from %2$s r"
                    + " where %1$s >= :from and %1$s <= :to%3$s group by year(%1$s), month(%1$s)")
                .formatted(day, entity(em, kind), moment),
            Object[].class);
    if (meetings) {
      counts
          .setParameter("earliest", from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
          .setParameter("latest", to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return cached(counts.setParameter("from", from).setParameter("to", to));
  }

  private static <T> TypedQuery<T> cached(TypedQuery<T> query) {
    return query.setHint(HibernateHints.HINT_CACHEABLE, true);
  }

  private static String entity(EntityManager em, RecordKind kind) {
    return em.getMetamodel().entity(kind.lines()).getName();
  }

  /**
   * The where clause of a query and its values. Across kinds, the countries and sectors a record
   * concerns are views across kinds, matched on the line's kind; a kind's lines hold their own
   * (decision 0028).
   */
  private static final class Conditions {

    private final StringBuilder clauses = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param oneKind the kind of a list of one kind; null across kinds
     */
    Conditions(RecordKind oneKind, RecordQuery query, Set<String> sectors) {
      if (query.text() != null) {
        and(
            "(lower(r.title) like :text escape '\\' or lower(r.body) like :text escape '\\')",
            "text",
            Listing.likePattern(query.text()));
      }
      if (query.country() != null) {
        and(country(oneKind), "country", query.country());
      }
      if (!sectors.isEmpty()) {
        if (oneKind == RecordKind.MISSION) {
          clauses.append(" and 1 = 0"); // a mission concerns no sector
        } else {
          and(sectorIn(oneKind), "sectors", sectors);
        }
      }
      String day = oneKind == null ? "r.date" : dayOf(oneKind);
      if (query.status() != null) {
        and("r.status = :status", "status", query.status());
      }
      if (query.from() != null) {
        and(day + " >= :from", "from", query.from());
      }
      if (query.to() != null) {
        and(day + " <= :to", "to", query.to());
      }
    }

    private static String country(RecordKind oneKind) {
      if (oneKind == null) {
        return "exists (select 1 from RecordCountry c where c.kind = r.kind and c.id = r.id"
            + " and c.country = :country)";
      }
      return oneKind == RecordKind.AGREEMENT
          ? ":country member of r.countries"
          : "r.country = :country";
    }

    private static String sectorIn(RecordKind oneKind) {
      if (oneKind == null) {
        return "exists (select 1 from RecordSector s where s.kind = r.kind and s.id = r.id"
            + " and s.sectorCode in :sectors)";
      }
      return "exists (select 1 from r.sectors s where s in :sectors)";
    }

    Conditions and(String clause, String name, Object value) {
      clauses.append(" and ").append(clause);
      parameters.put(name, value);
      return this;
    }

    <T> TypedQuery<T> bind(TypedQuery<T> statement) {
      parameters.forEach(statement::setParameter);
      return statement;
    }

    @Override
    public String toString() {
      return clauses.toString();
    }
  }
}
