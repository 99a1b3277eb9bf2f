package ca.gc.engagement.followup.entity;

import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a desk officer states about a follow-up: what is to be done, which record it comes from, who
 * sees to it and by when. Whether the origin exists is the service's to say.
 */
@SafeText
public record FollowUpDraft(
    @NotBlank(message = "{ca.gc.engagement.followup.description.required}")
        @Size(max = 2000, message = "{ca.gc.engagement.followup.description.size}")
        String description,
    @NotNull(message = "{ca.gc.engagement.followup.originKind.required}") OriginKind originKind,
    @NotNull(message = "{ca.gc.engagement.followup.originId.required}")
        @Positive(message = "{ca.gc.engagement.followup.originId.positive}")
        Long originId,
    @NotBlank(message = "{ca.gc.engagement.followup.owner.required}")
        @Size(max = 120, message = "{ca.gc.engagement.followup.owner.size}")
        String owner,
    @NotNull(message = "{ca.gc.engagement.followup.dueDate.required}") LocalDate dueDate,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {}
