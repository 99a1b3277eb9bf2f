package ca.gc.engagement.query.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which slice of a result a caller wants: page numbers start at 0; a page holds at most {@link
 * #MAX_SIZE} records so that no caller can ask the database for everything at once.
 */
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

  public int offset() {
    return page * size;
  }
}
