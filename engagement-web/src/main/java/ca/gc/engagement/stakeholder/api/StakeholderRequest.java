package ca.gc.engagement.stakeholder.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;

/**
 * The body of {@code POST /stakeholders} and {@code PUT /stakeholders/{id}}; the service judges it
 * (see {@link StakeholderDraft}).
 */
public record StakeholderRequest(
    String name,
    String title,
    String organisation,
    StakeholderKind kind,
    String jurisdiction,
    Classification classification) {

  StakeholderDraft toDraft() {
    return new StakeholderDraft(name, title, organisation, kind, jurisdiction, classification);
  }
}
