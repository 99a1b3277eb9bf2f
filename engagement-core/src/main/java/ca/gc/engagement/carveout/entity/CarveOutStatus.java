package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a carve-out is policy. A retired carve-out stays on file, with its history, so that past
 * screenings can be explained; it does not come back (a renewed policy is a new carve-out).
 */
public enum CarveOutStatus implements Lifecycle<CarveOutStatus> {
  ACTIVE,
  RETIRED;

  @Override
  public Set<CarveOutStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(RETIRED);
      case RETIRED -> EnumSet.noneOf(CarveOutStatus.class);
    };
  }
}
