package ca.gc.engagement.subscription.entity;

import java.time.Duration;

/**
 * How long a failing subscription waits before its next attempt: one second after the first
 * failure, doubling with each failure in a row, never more than an hour. A receiver down for a
 * minute is tried again within seconds of coming back; one down for a day is asked about hourly
 * until the subscription is suspended.
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(1);
  static final Duration LONGEST = Duration.ofHours(1);

  private Backoff() {}

  /** The wait after {@code failuresInARow} failures (1 for the first). */
  public static Duration after(int failuresInARow) {
    if (failuresInARow < 1) {
      return Duration.ZERO;
    }
    // 2^12 s is already past an hour; shifting further would only overflow.
    int doublings = Math.min(failuresInARow - 1, 12);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
