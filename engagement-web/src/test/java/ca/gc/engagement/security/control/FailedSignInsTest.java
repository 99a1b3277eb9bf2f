package ca.gc.engagement.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  private Instant now = Instant.parse("2026-01-14T09:00:00Z");
  private final FailedSignIns signIns =
      new FailedSignIns(
          new Clock() {
            @Override
            public ZoneId getZone() {
              return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void anAccountIsLockedAfterFiveFailuresAndOthersAreNot() {
    failTimes("viewer", "10.0.0.1", 4);
    assertEquals(Optional.empty(), signIns.lockedFor("viewer", "10.0.0.1"));

    signIns.failed("Viewer ", "10.0.0.1");

    assertEquals(Optional.of(Duration.ofMinutes(1)), signIns.lockedFor("viewer", "10.0.0.2"));
    assertEquals(Optional.empty(), signIns.lockedFor("officer", "10.0.0.1"));
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
    failTimes("viewer", "10.0.0.1", 5);
    now = now.plus(Duration.ofMinutes(1));
    assertEquals(Optional.empty(), signIns.lockedFor("viewer", "10.0.0.1"));

    signIns.failed("viewer", "10.0.0.1");
    assertEquals(Optional.of(Duration.ofMinutes(2)), signIns.lockedFor("viewer", "10.0.0.1"));

    failTimes("viewer", "10.0.0.1", 10);
    assertEquals(Optional.of(Duration.ofMinutes(15)), signIns.lockedFor("viewer", "10.0.0.1"));
  }

  @Test
  void aSuccessClearsItsAccountButNotTheAddress() {
    failTimes("viewer", "10.0.0.1", 4);
    signIns.succeeded("viewer");
    signIns.failed("viewer", "10.0.0.1");
    assertEquals(Optional.empty(), signIns.lockedFor("viewer", "10.0.0.1"));

    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES - 5; i++) {
      signIns.failed("guess" + i, "10.0.0.1");
      signIns.succeeded("guess" + i);
    }
    assertTrue(signIns.lockedFor("admin", "10.0.0.1").isPresent(), "the address is locked");
    assertEquals(Optional.empty(), signIns.lockedFor("admin", "10.0.0.9"));
  }

  @Test
  void aQuietHourForgetsTheFailures() {
    failTimes("viewer", "10.0.0.1", 4);
    now = now.plus(Duration.ofHours(2));
    signIns.failed("viewer", "10.0.0.1");
    assertEquals(Optional.empty(), signIns.lockedFor("viewer", "10.0.0.1"));
  }

  @Test
  void memoryIsBoundedWhateverTheNumberOfNamesTried() {
    for (int i = 0; i < FailedSignIns.MOST_TRACKED + 500; i++) {
      signIns.failed("name" + i, "10.0." + (i / 250) + "." + (i % 250));
    }
    assertTrue(signIns.tracked() <= 2 * FailedSignIns.MOST_TRACKED, "" + signIns.tracked());
    failTimes("viewer", "10.9.9.9", 5);
    assertTrue(signIns.lockedFor("viewer", "10.9.9.8").isPresent(), "a recent lock is kept");
  }

  private void failTimes(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      signIns.failed(account, address);
    }
  }
}
