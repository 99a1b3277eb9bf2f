package ca.gc.engagement.subscription.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a subscription stands. ACTIVE delivers; HELD cannot, for a reason of ours rather than the
 * receiver's (its owner is no longer an account of the realm), and is tried again as a failing one
 * is; SUSPENDED failed for the whole give-up period and is no longer tried; CANCELLED by its owner.
 * A suspended subscription can only be cancelled: a subscriber who wants deliveries again
 * subscribes again, from the feed position they choose to read up from.
 */
public enum SubscriptionStatus implements Lifecycle<SubscriptionStatus> {
  ACTIVE,
  HELD,
  SUSPENDED,
  CANCELLED;

  @Override
  public Set<SubscriptionStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(HELD, SUSPENDED, CANCELLED);
      case HELD -> EnumSet.of(ACTIVE, SUSPENDED, CANCELLED);
      case SUSPENDED -> EnumSet.of(CANCELLED);
      case CANCELLED -> EnumSet.noneOf(SubscriptionStatus.class);
    };
  }

  /** Still tried by the dispatcher. */
  public boolean delivers() {
    return this == ACTIVE || this == HELD;
  }
}
