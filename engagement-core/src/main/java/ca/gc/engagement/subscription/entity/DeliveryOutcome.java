package ca.gc.engagement.subscription.entity;

/**
 * What became of one attempt. Only DELIVERED (a 2xx answer) moves the subscription on; every other
 * outcome is a failure and the same change is sent again later, with the same {@code webhook-id}.
 */
public enum DeliveryOutcome {
  /** The receiver answered 2xx. */
  DELIVERED,
  /** The receiver answered, but not 2xx (nor 3xx). */
  REJECTED,
  /**
   * The receiver answered 3xx: redirects are never followed; the subscription's URL should change.
   */
  REDIRECTED,
  /** No answer within 10 seconds. */
  TIMED_OUT,
  /** No connection, or it broke. */
  UNREACHABLE,
  /** Not sent: the owner is not an account of the realm any more. */
  HELD
}
