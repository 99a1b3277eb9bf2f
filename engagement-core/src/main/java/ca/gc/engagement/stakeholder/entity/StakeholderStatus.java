package ca.gc.engagement.stakeholder.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether statements may still be recorded for a stakeholder. An archived stakeholder stays on file
 * with everything they said; it does not come back.
 */
public enum StakeholderStatus implements Lifecycle<StakeholderStatus> {
  ACTIVE,
  ARCHIVED;

  @Override
  public Set<StakeholderStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(ARCHIVED);
      case ARCHIVED -> EnumSet.noneOf(StakeholderStatus.class);
    };
  }
}
