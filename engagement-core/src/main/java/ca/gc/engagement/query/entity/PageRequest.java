package ca.gc.engagement.query.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which slice of a result a caller wants: page numbers start at 0; a page holds at most {@link
 * #MAX_SIZE} records so that no caller can ask the database for everything at once; and its rows
 * lie where a query can reach them ({@link ReachablePage}: no overflow of the offset).
 */
@ReachablePage
public record PageRequest(
    @Min(value = 0, message = "{ca.gc.engagement.query.page.min}") int page,
    @Min(value = 1, message = "{ca.gc.engagement.query.size.range}")
        @Max(value = MAX_SIZE, message = "{ca.gc.engagement.query.size.range}")
        int size) {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 20;

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** Whether the page's last row can be addressed: {@code page × size + size − 1} fits an int. */
  public boolean reachable() {
    return (long) page * size + size - 1 <= Integer.MAX_VALUE;
  }

  /**
   * The first row of the page. The services validate the request first ({@link ReachablePage}), so
   * this never overflows there; anywhere else an unreachable page fails here rather than reading a
   * negative offset.
   */
  public int offset() {
    return Math.multiplyExact(page, size);
  }
}
