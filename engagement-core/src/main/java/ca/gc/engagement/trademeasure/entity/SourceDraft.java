package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a measure is published: the notice (gazette, announcement) and, if online, its web address
 * ({@code url}, as statements name it).
 */
@SafeText
public record SourceDraft(
    @NotBlank(message = "{ca.gc.engagement.trademeasure.source.publication.required}")
        @Size(max = 300, message = "{ca.gc.engagement.trademeasure.source.publication.size}")
        String publication,
    @Pattern(
            regexp = "https?://[^\\s/?#]+[^\\s]*",
            message = "{ca.gc.engagement.trademeasure.source.address.format}")
        @Size(max = 1000, message = "{ca.gc.engagement.trademeasure.source.address.size}")
        String url) {}
