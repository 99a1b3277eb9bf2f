package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One product line of a measure as a desk officer states it: what it is and its HS code. */
@SafeText
public record ProductLineDraft(
    @NotBlank(message = "{ca.gc.engagement.trademeasure.productLine.description.required}")
        @Size(max = 200, message = "{ca.gc.engagement.trademeasure.productLine.description.size}")
        String description,
    @NotBlank(message = "{ca.gc.engagement.trademeasure.productLine.hsCode.required}") @HsCodeFormat
        String hsCode) {}
