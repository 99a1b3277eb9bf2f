package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a measure stands. A proposed measure (announced, expected) enters into force or is dropped;
 * one in force may be suspended and resumed; a lifted measure stays on file and does not move again
 * (a measure imposed anew is a new record).
 */
public enum TradeMeasureStatus implements Lifecycle<TradeMeasureStatus> {
  PROPOSED,
  IN_FORCE,
  SUSPENDED,
  LIFTED;

  @Override
  public Set<TradeMeasureStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(IN_FORCE, LIFTED);
      case IN_FORCE -> EnumSet.of(SUSPENDED, LIFTED);
      case SUSPENDED -> EnumSet.of(IN_FORCE, LIFTED);
      case LIFTED -> EnumSet.noneOf(TradeMeasureStatus.class);
    };
  }
}
