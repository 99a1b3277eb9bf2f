package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void oneSecondDoublingUpToAnHour() {
    List<Long> seconds =
        IntStream.rangeClosed(1, 14).mapToObj(n -> Backoff.after(n).toSeconds()).toList();

    assertEquals(
        List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 3600L, 3600L),
        seconds);
  }

  @Test
  void neverMoreThanAnHourHoweverLongItFails() {
    assertEquals(Duration.ofHours(1), Backoff.after(Integer.MAX_VALUE));
  }

  @Test
  void noWaitBeforeAnyFailure() {
    assertEquals(Duration.ZERO, Backoff.after(0));
  }

  /** A day of failures is 35 attempts, not thousands: the receiver is not hammered. */
  @Test
  void aDayOfFailuresIsAFewDozenAttempts() {
    Duration waited = Duration.ZERO;
    int attempts = 0;
    while (waited.compareTo(Duration.ofHours(24)) < 0) {
      attempts++;
      waited = waited.plus(Backoff.after(attempts));
    }
    assertEquals(35, attempts);
  }
}
