package ca.gc.engagement.records.entity;

import java.util.Set;

/**
 * A record's status: the states it may move to from here, and the one check every record makes
 * before it moves.
 *
 * @param <S> the status enum itself
 */
public interface Lifecycle<S extends Enum<S> & Lifecycle<S>> {

  /** The states this one may move to; empty when it is final. */
  Set<S> next();

  /**
   * The state to move to, if the lifecycle has the step from here.
   *
   * @throws IllegalTransitionException naming the steps there are, when it has not
   */
  default S stepTo(String kind, S next) {
    if (!next().contains(next)) {
      throw new IllegalTransitionException(kind, (Enum<?>) this, next, next());
    }
    return next;
  }
}
