package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import java.time.Duration;

/**
 * A caller asked for more screenings in a minute than anyone drafting agreements needs: the next
 * one waits. Nothing is screened or kept.
 */
public class TooManyScreeningsException extends Refusal {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyScreeningsException(int allowed, Duration wait) {
    this(allowed, Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
  }

  private TooManyScreeningsException(int allowed, long seconds) {
    super("ca.gc.engagement.carveout.screening.tooMany", allowed, seconds);
    this.retryAfterSeconds = seconds;
  }

  /** How many seconds until the caller may screen again. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
