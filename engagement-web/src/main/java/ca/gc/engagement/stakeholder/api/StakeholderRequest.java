package ca.gc.engagement.stakeholder.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /stakeholders} and {@code PUT /stakeholders/{id}}; the service judges it
 * (see {@link StakeholderDraft}).
 */
@Schema(
    description = "A stakeholder to record, or the whole content that replaces one.",
    example =
        """
        {
          "name": "Scott Moe",
          "title": "Premier of Saskatchewan",
          "organisation": "Government of Saskatchewan",
          "kind": "PROVINCIAL",
          "jurisdiction": "CA-SK",
          "classification": "UNCLASSIFIED"
        }
        """)
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
