package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.refusal.entity.Refusal;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An agreement under a REVIEW carve-out reaches SIGNED only once an approver has exempted it. The
 * message names the carve-outs the caller may see; one above their clearance stays unnamed.
 */
public class ExemptionRequiredException extends Refusal {

  private static final long serialVersionUID = 1L;

  public ExemptionRequiredException(Collection<String> carveOuts) {
    this(List.copyOf(new TreeSet<>(carveOuts)));
  }

  private ExemptionRequiredException(List<String> codes) {
    super(
        "ca.gc.engagement.agreement.exemption.required."
            + (codes.isEmpty() ? "unnamed" : codes.size() == 1 ? "one" : "many"),
        String.join(", ", codes));
  }
}
