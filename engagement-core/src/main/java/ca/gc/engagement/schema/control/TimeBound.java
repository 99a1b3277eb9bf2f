package ca.gc.engagement.schema.control;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs a probe on another thread and waits for it at most so long: a pool with no connection to
 * give, or a database that does not answer, must make a readiness probe say "not ready" rather than
 * hang past the orchestrator's own timeout.
 */
public final class TimeBound {

  private TimeBound() {}

  /**
   * The probe's answer, or, when it takes longer than {@code limit} or fails, {@code failed}
   * applied to why (in words for an operator).
   */
  public static <T> T call(
      ExecutorService executor, Duration limit, Callable<T> probe, Function<String, T> failed) {
    Future<T> answer = executor.submit(probe);
    try {
      return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      return failed.apply("No answer from the database within " + limit.toMillis() + " ms.");
    } catch (ExecutionException e) {
      return failed.apply(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed.apply("Interrupted while waiting for the database.");
    }
  }
}
