package ca.gc.engagement.stakeholder.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A stakeholder as API v1 shows it: the contract other departments code against. */
@JsonbPropertyOrder({
  "id",
  "version",
  "name",
  "title",
  "organisation",
  "kind",
  "jurisdiction",
  "status",
  "classification"
})
public record StakeholderRepresentation(
    long id,
    long version,
    String name,
    String title,
    String organisation,
    StakeholderKind kind,
    String jurisdiction,
    StakeholderStatus status,
    Classification classification) {

  static StakeholderRepresentation of(Stakeholder stakeholder) {
    return new StakeholderRepresentation(
        stakeholder.getId(),
        stakeholder.getVersion(),
        stakeholder.getName(),
        stakeholder.getTitle(),
        stakeholder.getOrganisation(),
        stakeholder.getKind(),
        stakeholder.getJurisdiction(),
        stakeholder.getStatus(),
        stakeholder.getClassification());
  }
}
