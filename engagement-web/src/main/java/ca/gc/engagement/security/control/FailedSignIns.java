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
 * one valid account must not buy an attacker more guesses at the others).
 *
 * <p>An address's lock holds only the accounts unknown there: an account that signed in
 * successfully from that address within {@link #KNOWN_FOR} is not held by it (its own account lock
 * still applies), so a guesser behind an office's shared address cannot lock out the people who
 * work there. Everything is kept in memory, per server, and bounded: the least recently failed (or
 * succeeded) entries go first, a quiet hour forgets a failure, a day forgets a success.
 */
public final class FailedSignIns {

  public static final int ACCOUNT_FAILURES = 5;
  public static final int ADDRESS_FAILURES = 30;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
  static final Duration KNOWN_FOR = Duration.ofHours(24);
  static final int MOST_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, Failures> accounts = bounded();
  private final Map<String, Failures> addresses = bounded();

  /** Address and account (see {@link #knownKey}) of recent successes, and when. */
  private final Map<String, Instant> known = bounded();

  public FailedSignIns(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long the caller must still wait before a sign-in as {@code account} from {@code address} is
   * even tried; empty when it may try now. The address's lock does not hold an account that signed
   * in from that address within {@link #KNOWN_FOR}.
   */
  public synchronized Optional<Duration> lockedFor(String account, String address) {
    Instant now = clock.instant();
    Duration wait = remaining(accounts, accountKey(account), now);
    if (!knownAt(account, address, now)) {
      wait = max(wait, remaining(addresses, address, now));
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public synchronized void failed(String account, String address) {
    Instant now = clock.instant();
    count(accounts, accountKey(account), ACCOUNT_FAILURES, now);
    count(addresses, address, ADDRESS_FAILURES, now);
  }

  /**
   * {@code account} signed in from {@code address}: its failures are cleared, and from now on (for
   * {@link #KNOWN_FOR}) that address's lock does not hold it. The address's failures stay.
   */
  public synchronized void succeeded(String account, String address) {
    accounts.remove(accountKey(account));
    if (address != null) {
      String key = knownKey(account, address);
      known.remove(key);
      known.put(key, clock.instant()); // re-inserted: the most recent success is dropped last
    }
  }

  /** How many accounts, addresses and known pairs are remembered (for the bound's test). */
  synchronized int tracked() {
    return accounts.size() + addresses.size() + known.size();
  }

  private boolean knownAt(String account, String address, Instant now) {
    if (address == null) {
      return false;
    }
    String key = knownKey(account, address);
    Instant since = known.get(key);
    if (since == null) {
      return false;
    }
    if (now.isAfter(since.plus(KNOWN_FOR))) {
      known.remove(key);
      return false;
    }
    return true;
  }

  private static String knownKey(String account, String address) {
    return address + " " + accountKey(account); // an address holds no space
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

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>() {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
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
