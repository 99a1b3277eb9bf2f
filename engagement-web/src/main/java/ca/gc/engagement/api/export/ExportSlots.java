package ca.gc.engagement.api.export;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many exports each account has running on this node, up to a limit: an account's exports
 * beyond it are refused (429) rather than queued, so that one client cannot take the workers, files
 * and database reads of everyone else. Counted per node, in memory: behind a load balancer each
 * node counts on its own.
 */
final class ExportSlots {

  private final int limit;
  private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

  ExportSlots(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("At least one export per account: " + limit);
    }
    this.limit = limit;
  }

  int limit() {
    return limit;
  }

  /** Takes a slot for the account; false (and nothing taken) when it has {@code limit} already. */
  boolean take(String account) {
    boolean[] taken = {false};
    running.compute(
        account,
        (name, count) -> {
          int now = count == null ? 0 : count;
          if (now >= limit) {
            return count;
          }
          taken[0] = true;
          return now + 1;
        });
    return taken[0];
  }

  /** Gives back a slot the account took. */
  void give(String account) {
    running.computeIfPresent(account, (name, count) -> count <= 1 ? null : count - 1);
  }

  /** The account's exports running now. */
  int running(String account) {
    return running.getOrDefault(account, 0);
  }
}
