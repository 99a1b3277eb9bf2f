package ca.gc.engagement.mission.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a mission stands. A cancelled or completed mission stays on file; it does not move again.
 */
public enum MissionStatus implements Lifecycle<MissionStatus> {
  PLANNED,
  UNDERWAY,
  COMPLETED,
  CANCELLED;

  @Override
  public Set<MissionStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(UNDERWAY, CANCELLED);
      case UNDERWAY -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(MissionStatus.class);
    };
  }
}
