package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.records.entity.Lifecycle;
import java.util.EnumSet;
import java.util.Set;

/**
 * An agreement's lifecycle: PROPOSED → UNDER_NEGOTIATION → SIGNED → IN_FORCE ⇄ SUSPENDED →
 * TERMINATED, and WITHDRAWN from any state before SIGNED. Steps from SIGNED on are sign-off steps,
 * for approvers.
 */
public enum AgreementStatus implements Lifecycle<AgreementStatus> {
  PROPOSED,
  UNDER_NEGOTIATION,
  SIGNED,
  IN_FORCE,
  SUSPENDED,
  TERMINATED,
  WITHDRAWN;

  @Override
  public Set<AgreementStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(UNDER_NEGOTIATION, WITHDRAWN);
      case UNDER_NEGOTIATION -> EnumSet.of(SIGNED, WITHDRAWN);
      case SIGNED -> EnumSet.of(IN_FORCE);
      case IN_FORCE -> EnumSet.of(SUSPENDED, TERMINATED);
      case SUSPENDED -> EnumSet.of(IN_FORCE, TERMINATED);
      case TERMINATED, WITHDRAWN -> EnumSet.noneOf(AgreementStatus.class);
    };
  }

  /** Reaching this state is a sign-off: approvers (and admins) only. */
  public boolean isSignOff() {
    return this == SIGNED || this == IN_FORCE || this == SUSPENDED || this == TERMINATED;
  }

  /**
   * A step that makes the agreement more binding: screening must allow it. Withdrawing, suspending
   * and terminating loosen it, so they stay open even when a carve-out now prohibits the content.
   */
  public boolean isForward() {
    return this == UNDER_NEGOTIATION || this == SIGNED || this == IN_FORCE;
  }

  /** Whether the content (title, parties, sectors, summary) may still change: not once signed. */
  public boolean isOpen() {
    return this == PROPOSED || this == UNDER_NEGOTIATION;
  }
}
