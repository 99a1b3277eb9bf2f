package ca.gc.engagement.agreement.entity;

import jakarta.ejb.ApplicationException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An agreement under a REVIEW carve-out reaches SIGNED only once an approver has exempted it. The
 * message names the carve-outs the caller may see; one above their clearance stays unnamed.
 */
@ApplicationException(rollback = true)
public class ExemptionRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExemptionRequiredException(Collection<String> carveOuts) {
    super(message(List.copyOf(new TreeSet<>(carveOuts))));
  }

  private static String message(List<String> codes) {
    String touches =
        codes.isEmpty()
            ? "a carve-out that requires review"
            : codes.size() == 1
                ? "the carve-out " + codes.get(0) + ", which requires review"
                : "the carve-outs " + String.join(", ", codes) + ", which require review";
    return "This agreement touches "
        + touches
        + ": an approver must record an exemption before it is signed.";
  }
}
