package ca.gc.engagement.query.control;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One list of one kind of record, filtered and ordered: the JPQL of its page and of its count,
 * built from the criteria a reader gave (a criterion not given adds nothing), every value a bound
 * parameter. Two statements a page whatever its size, plus one batch per eager collection of the
 * records. The clearance filter, switched on by the service, applies to both.
 *
 * <pre>
 * Listing.of(FollowUp.class, "f")
 *     .containing(query.q(), "f.description")
 *     .where("f.status = :status", "status", query.statusValue())
 *     .orderBy("f.dueDate", true)
 *     .page(em, request);
 * </pre>
 */
public final class Listing<T> {

  private final Class<T> type;
  private final String alias;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String order = "";

  private Listing(Class<T> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  /** The records of an entity, named by {@code alias} in the conditions. */
  public static <T> Listing<T> of(Class<T> type, String alias) {
    return new Listing<>(type, alias);
  }

  /**
   * The records with the words (as typed: one phrase) in any of the paths, case-insensitive; all
   * records when no words are given.
   */
  public Listing<T> containing(String words, String... paths) {
    if (words == null || words.isBlank()) {
      return this;
    }
    List<String> any = new ArrayList<>();
    for (String path : paths) {
      any.add("lower(" + path + ") like :words escape '\\'");
    }
    conditions.add("(" + String.join(" or ", any) + ")");
    parameters.put("words", likePattern(words));
    return this;
  }

  /**
   * The records meeting a condition on the value bound as {@code :name}; all records when the value
   * is not given (null, or an empty collection).
   */
  public Listing<T> where(String condition, String name, Object value) {
    if (value == null || (value instanceof Collection<?> values && values.isEmpty())) {
      return this;
    }
    conditions.add(condition);
    parameters.put(name, value);
    return this;
  }

  /** Ordered on the path (records without a value last), then by id in the same direction. */
  public Listing<T> orderBy(String path, boolean ascending) {
    String direction = ascending ? " asc" : " desc";
    order = " order by " + path + direction + " nulls last, " + alias + ".id" + direction;
    return this;
  }

  /** The page asked for, with the total of the whole list. */
  public Page<T> page(EntityManager em, PageRequest request) {
    TypedQuery<T> page =
        em.createQuery("select " + alias + from() + order, type)
            .setFirstResult(request.offset())
            .setMaxResults(request.size());
    TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from(), Long.class);
    parameters.forEach(page::setParameter);
    parameters.forEach(count::setParameter);
    List<T> items = page.getResultList();
    return new Page<>(items, request.page(), request.size(), count.getSingleResult());
  }

  private String from() {
    String from = " from " + type.getSimpleName() + " " + alias;
    return conditions.isEmpty() ? from : from + " where " + String.join(" and ", conditions);
  }

  /** The LIKE pattern of a text anywhere, lower case, its own % _ and \ taken literally. */
  public static String likePattern(String words) {
    String escaped =
        words
            .strip()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
