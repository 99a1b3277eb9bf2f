package ca.gc.engagement.search.control;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a service turns the one search into its own records: the ids a page of the search names,
 * loaded in one statement and kept in the search's order. With the search's two statements that is
 * three a page, whatever its size; the records' eager collections follow in one batch each ({@code
 * hibernate.default_batch_fetch_size}). The query runs under the caller's clearance filter like any
 * other, so a record whose classification rose between the statements drops out of the page.
 */
public final class FoundRecords {

  private FoundRecords() {}

  /** The records of {@code type} that the page of summaries names, in its order. */
  public static <T extends Classified> Page<T> load(
      EntityManager em, Class<T> type, Page<RecordSummary> found) {
    List<Long> ids = found.items().stream().map(RecordSummary::getId).toList();
    return new Page<>(byIds(em, type, ids), found.page(), found.size(), found.total());
  }

  /** The records of {@code type} that a page of ids names, in its order. */
  public static <T extends Classified> Page<T> loadIds(
      EntityManager em, Class<T> type, Page<Long> found) {
    return new Page<>(byIds(em, type, found.items()), found.page(), found.size(), found.total());
  }

  /**
   * The records of {@code type} with these ids that the caller may see, in the order of the ids
   * (each once); one statement, none for no ids.
   */
  public static <T extends Classified> List<T> byIds(
      EntityManager em, Class<T> type, Collection<Long> ids) {
    List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
    if (wanted.isEmpty()) {
      return List.of();
    }
    String entity = em.getMetamodel().entity(type).getName();
    Map<Long, T> byId = new HashMap<>();
    em.createQuery("select r from " + entity + " r where r.id in :ids", type)
        .setParameter("ids", wanted)
        .getResultList()
        .forEach(r -> byId.put(r.getId(), r));
    return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
