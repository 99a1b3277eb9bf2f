package ca.gc.engagement.agreement.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An agreement's lifecycle: PROPOSED → UNDER_NEGOTIATION → SIGNED → IN_FORCE ⇄ SUSPENDED →
 * TERMINATED, and WITHDRAWN from any state before SIGNED. Steps from SIGNED on are sign-off steps,
 * for approvers.
 */
public enum AgreementStatus {
  PROPOSED,
  UNDER_NEGOTIATION,
  SIGNED,
  IN_FORCE,
  SUSPENDED,
  TERMINATED,
  WITHDRAWN;

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

  /** A step that takes the agreement further towards being binding (withdrawing is not one). */
  public boolean isForward() {
    return this != WITHDRAWN;
  }
}
