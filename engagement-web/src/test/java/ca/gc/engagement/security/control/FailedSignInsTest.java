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
    signIns.succeeded("viewer", "10.0.0.1");
    signIns.failed("viewer", "10.0.0.1");
    assertEquals(Optional.empty(), signIns.lockedFor("viewer", "10.0.0.1"));

    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES - 5; i++) {
      signIns.failed("guess" + i, "10.0.0.1");
      signIns.succeeded("guess" + i, "10.0.0.2");
    }
    assertTrue(signIns.lockedFor("admin", "10.0.0.1").isPresent(), "the address is locked");
    assertEquals(Optional.empty(), signIns.lockedFor("admin", "10.0.0.9"));
  }

  @Test
  void anAddressLockDoesNotHoldAnAccountThatSignedInFromThatAddressWithinADay() {
    signIns.succeeded("Officer", "10.0.0.1");
    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES; i++) {
      signIns.failed("guess" + i, "10.0.0.1");
    }

    assertTrue(signIns.lockedFor("stranger", "10.0.0.1").isPresent(), "unknown here: held");
    assertEquals(Optional.empty(), signIns.lockedFor("officer ", "10.0.0.1"), "known here");
    assertTrue(
        signIns.lockedFor("admin", "10.0.0.1").isPresent(),
        "signed in elsewhere is not known here");

    now = now.plus(FailedSignIns.KNOWN_FOR).plusSeconds(1);
    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES; i++) {
      signIns.failed("late" + i, "10.0.0.1");
    }
    assertTrue(signIns.lockedFor("officer", "10.0.0.1").isPresent(), "a day later: held again");
  }

  @Test
  void aKnownAccountIsStillHeldByItsOwnLock() {
    signIns.succeeded("officer", "10.0.0.1");
    failTimes("officer", "10.0.0.1", FailedSignIns.ACCOUNT_FAILURES);

    assertEquals(Optional.of(Duration.ofMinutes(1)), signIns.lockedFor("officer", "10.0.0.1"));
  }

  @Test
  void failuresOfAKnownAccountStillCountForTheAddress() {
    signIns.succeeded("officer", "10.0.0.1");
    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES; i++) {
      signIns.failed(i % 2 == 0 ? "officer" : "guess" + i, "10.0.0.1");
      if (i % 4 == 0) {
        signIns.succeeded("officer", "10.0.0.1");
      }
    }
    assertTrue(signIns.lockedFor("stranger", "10.0.0.1").isPresent());
  }

  @Test
  void knownAccountsAreBoundedToo() {
    for (int i = 0; i < FailedSignIns.MOST_TRACKED + 500; i++) {
      signIns.succeeded("name" + i, "10.1." + (i / 250) + "." + (i % 250));
    }
    assertTrue(signIns.tracked() <= FailedSignIns.MOST_TRACKED, "" + signIns.tracked());
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
