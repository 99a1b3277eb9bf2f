package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.refusal.entity.Refusal;

/**
 * The agreement also matches carve-outs above the caller's clearance: it goes no further, and is
 * not exempted, until an approver cleared to see them has reviewed it. One fixed answer, whichever
 * hidden carve-out matched and in whichever mode
 * (docs/decisions/0031-screening-reveals-nothing-above-the-reader.md).
 */
public class AgreementHeldException extends Refusal {

  private static final long serialVersionUID = 1L;

  public AgreementHeldException() {
    super("ca.gc.engagement.agreement.held");
  }
}
