package ca.gc.engagement.security.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins, per account and per address, so that guessing passwords gets slow: after {@link
 * #ACCOUNT_FAILURES} failures in a row an account is locked for a minute, then twice as long after
 * each further failure (at most {@link #LONGEST_LOCK}); an address, which may try many accounts, is
 * locked the same way after {@link #ADDRESS_FAILURES}. While locked, no password is even checked,
 * so the lock tells nothing about the password. A success clears its account (never its address:
 * one valid account must not buy an attacker more guesses at the others). Kept in memory and
 * bounded: the least recently failed entries go first, and a quiet hour forgets an entry.
 */
public final class FailedSignIns {

  public static final int ACCOUNT_FAILURES = 5;
  public static final int ADDRESS_FAILURES = 30;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
  static final int MOST_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, Failures> accounts = bounded();
  private final Map<String, Failures> addresses = bounded();

  public FailedSignIns(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long the caller must still wait before a sign-in as {@code account} from {@code address} is
   * even tried; empty when it may try now.
   */
  public synchronized Optional<Duration> lockedFor(String account, String address) {
    Instant now = clock.instant();
    Duration wait =
        max(remaining(accounts, accountKey(account), now), remaining(addresses, address, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public synchronized void failed(String account, String address) {
    Instant now = clock.instant();
    count(accounts, accountKey(account), ACCOUNT_FAILURES, now);
    count(addresses, address, ADDRESS_FAILURES, now);
  }

  public synchronized void succeeded(String account) {
    accounts.remove(accountKey(account));
  }

  /** How many accounts and addresses are remembered (for the bound's test). */
  synchronized int tracked() {
    return accounts.size() + addresses.size();
  }

  private static String accountKey(String account) {
    return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
  }

  private static Duration remaining(Map<String, Failures> map, String key, Instant now) {
    Failures failures = key == null ? null : map.get(key);
    if (failures == null || failures.lockedUntil == null || !now.isBefore(failures.lockedUntil)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.lockedUntil);
  }

  private static void count(Map<String, Failures> map, String key, int allowed, Instant now) {
    if (key == null) {
      return;
    }
    Failures failures = map.remove(key);
    if (failures == null || now.isAfter(failures.last.plus(FORGOTTEN_AFTER))) {
      failures = new Failures();
    }
    failures.count++;
    failures.last = now;
    if (failures.count >= allowed) {
      failures.lockedUntil = now.plus(lockAfter(failures.count - allowed));
    }
    map.put(key, failures); // re-inserted: the most recently failed is the last to be dropped
  }

  /** One minute for the first failure over the limit, doubling, at most {@link #LONGEST_LOCK}. */
  static Duration lockAfter(int failuresOverLimit) {
    int doublings = Math.min(failuresOverLimit, 10);
    Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
    return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Map<String, Failures> bounded() {
    return new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > MOST_TRACKED;
      }
    };
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant lockedUntil;
  }
}
