package ca.gc.engagement.stakeholder.entity;

import ca.gc.engagement.country.entity.Region;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a desk officer states when recording a stakeholder. Title and organisation are optional: an
 * editorial board has neither. The jurisdiction is a country ("CN") or a subdivision ("CA-SK"),
 * never a named area: a person or body answers to a government, not to a stretch of water.
 */
@SafeText
public record StakeholderDraft(
    @NotBlank(message = "{ca.gc.engagement.stakeholder.name.required}")
        @Size(max = 200, message = "{ca.gc.engagement.stakeholder.name.size}")
        String name,
    @Size(max = 200, message = "{ca.gc.engagement.stakeholder.title.size}") String title,
    @Size(max = 200, message = "{ca.gc.engagement.stakeholder.organisation.size}")
        String organisation,
    @NotNull(message = "{ca.gc.engagement.stakeholder.kind.required}") StakeholderKind kind,
    @NotBlank(message = "{ca.gc.engagement.stakeholder.jurisdiction.required}")
        @Region(
            jurisdictionOnly = true,
            message = "{ca.gc.engagement.stakeholder.jurisdiction.region}")
        String jurisdiction,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {}
