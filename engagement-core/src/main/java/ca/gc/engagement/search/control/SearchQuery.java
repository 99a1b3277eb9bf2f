package ca.gc.engagement.search.control;

import ca.gc.engagement.query.control.Listing;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.search.entity.SearchLine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Turns a {@link RecordQuery} into JPQL over the search views: one statement for the page, one for
 * the count, whatever the page size. Only whitelisted fields are sorted on; every value is a bound
 * parameter.
 */
public final class SearchQuery {

  private static final Map<String, String> SORTABLE =
      Map.of("date", "r.date", "title", "lower(r.title)", "kind", "r.kind", "status", "r.status");

  private final String where;
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final String order;

  /**
   * @param sectors the query's sector and every sector within it (empty: no sector filter)
   */
  public SearchQuery(RecordQuery query, Set<String> sectors) {
    StringBuilder clauses = new StringBuilder(" where 1 = 1");
    if (!query.kinds().isEmpty()) {
      clauses.append(" and r.kind in :kinds");
      parameters.put("kinds", query.kinds());
    }
    if (query.text() != null) {
      clauses.append(
          " and (lower(r.title) like :text escape '\\' or lower(r.body) like :text escape '\\')");
      parameters.put("text", Listing.likePattern(query.text()));
    }
    if (query.country() != null) {
      clauses.append(
          " and exists (select 1 from RecordCountry c where c.kind = r.kind and c.id = r.id"
              + " and c.country = :country)");
      parameters.put("country", query.country());
    }
    if (!sectors.isEmpty()) {
      clauses.append(
          " and exists (select 1 from RecordSector s where s.kind = r.kind and s.id = r.id"
              + " and s.sectorCode in :sectors)");
      parameters.put("sectors", sectors);
    }
    if (query.status() != null) {
      clauses.append(" and r.status = :status");
      parameters.put("status", query.status());
    }
    if (query.from() != null) {
      clauses.append(" and r.date >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      clauses.append(" and r.date <= :to");
      parameters.put("to", query.to());
    }
    where = clauses.toString();
    String direction = query.ascending() ? " asc" : " desc";
    order =
        " order by "
            + SORTABLE.get(query.sortField())
            + direction
            + " nulls last, r.kind, r.id"
            + direction;
  }

  public TypedQuery<RecordSummary> page(EntityManager em, int offset, int size) {
    return page(em, RecordSummary.class, offset, size);
  }

  public TypedQuery<Long> count(EntityManager em) {
    return count(em, RecordSummary.class);
  }

  /**
   * The ids of a page of one search view, in its order. Cached (the query cache): the key holds the
   * query, its values and the reader's clearance (the filter's parameter), and any write to a table
   * under the view makes it stale, on every node.
   */
  public TypedQuery<Long> ids(
      EntityManager em, Class<? extends SearchLine> view, int offset, int size) {
    TypedQuery<Long> ids =
        em.createQuery("select r.id from " + entity(em, view) + " r" + where + order, Long.class);
    parameters.forEach(ids::setParameter);
    return cached(ids).setFirstResult(offset).setMaxResults(size);
  }

  /** The page read from one search view: the union of all kinds, or one kind's own. */
  public <T extends SearchLine> TypedQuery<T> page(
      EntityManager em, Class<T> view, int offset, int size) {
    TypedQuery<T> page =
        em.createQuery("select r from " + entity(em, view) + " r" + where + order, view);
    parameters.forEach(page::setParameter);
    return page.setFirstResult(offset).setMaxResults(size);
  }

  public TypedQuery<Long> count(EntityManager em, Class<? extends SearchLine> view) {
    TypedQuery<Long> count =
        em.createQuery("select count(r.id) from " + entity(em, view) + " r" + where, Long.class);
    parameters.forEach(count::setParameter);
    return cached(count);
  }

  private static <T> TypedQuery<T> cached(TypedQuery<T> query) {
    return query.setHint(HibernateHints.HINT_CACHEABLE, true);
  }

  private static String entity(EntityManager em, Class<? extends SearchLine> view) {
    return em.getMetamodel().entity(view).getName();
  }
}
