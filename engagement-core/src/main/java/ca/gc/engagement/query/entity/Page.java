package ca.gc.engagement.query.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a result, with the total the whole result holds (for paging controls). */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
