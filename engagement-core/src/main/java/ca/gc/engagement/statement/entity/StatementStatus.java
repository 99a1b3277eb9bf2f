package ca.gc.engagement.statement.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * A statement on file, or one withdrawn (wrongly attributed, retracted): withdrawn instead of
 * deleted, so that the history shows it was once on file and when it stopped counting.
 */
public enum StatementStatus implements Lifecycle<StatementStatus> {
  RECORDED,
  WITHDRAWN;

  @Override
  public Set<StatementStatus> next() {
    return switch (this) {
      case RECORDED -> EnumSet.of(WITHDRAWN);
      case WITHDRAWN -> EnumSet.noneOf(StatementStatus.class);
    };
  }
}
