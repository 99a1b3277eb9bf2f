package ca.gc.engagement.statement.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where a statement is on record: the publication (a newspaper, a press release, a transcript) and,
 * when it is online, its address.
 */
@SafeText
public record SourceDraft(
    @NotBlank(message = "{ca.gc.engagement.statement.source.publication.required}")
        @Size(max = 200, message = "{ca.gc.engagement.statement.source.publication.size}")
        String publication,
    @Size(max = 2000, message = "{ca.gc.engagement.statement.source.url.size}") @WebAddress
        String url) {}
