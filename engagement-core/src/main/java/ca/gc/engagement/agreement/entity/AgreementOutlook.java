package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.carveout.entity.ScreeningResult;
import java.io.Serializable;
import java.util.Set;

/**
 * Where an agreement stands for one reader today: its screening against the carve-outs in force as
 * that reader may be shown it, the lifecycle steps that reader may take from its current state
 * (none for a viewer), and whether it is held for review by an approver cleared to see what else
 * matches it.
 */
public record AgreementOutlook(
    ScreeningResult screening, Set<AgreementStatus> allowedSteps, boolean held)
    implements Serializable {

  public AgreementOutlook {
    allowedSteps = Set.copyOf(allowedSteps);
  }
}
