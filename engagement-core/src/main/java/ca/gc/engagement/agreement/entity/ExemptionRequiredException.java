package ca.gc.engagement.agreement.entity;

import jakarta.ejb.ApplicationException;

/** An agreement under a REVIEW carve-out reaches SIGNED only once an approver has exempted it. */
@ApplicationException(rollback = true)
public class ExemptionRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExemptionRequiredException(String carveOuts) {
    super(
        "This agreement touches the carve-out "
            + carveOuts
            + ", which requires review: an approver must record an exemption before it is signed.");
  }
}
