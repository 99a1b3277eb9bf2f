package ca.gc.engagement.followup.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a follow-up stands. Done and dropped are not final: a follow-up closed too early is
 * reopened, and every change stays on its history.
 */
public enum FollowUpStatus implements Lifecycle<FollowUpStatus> {
  OPEN,
  DONE,
  DROPPED;

  @Override
  public Set<FollowUpStatus> next() {
    return switch (this) {
      case OPEN -> EnumSet.of(DONE, DROPPED);
      case DONE, DROPPED -> EnumSet.of(OPEN);
    };
  }
}
