package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rate a measure applies from a given day on, as a percentage (100 for a 100 % surtax, 75.8 for a
 * 75.8 % deposit), until the next change. Not a record of its own: it is part of a measure's rate
 * history, so it carries no classification.
 */
@SafeText
public record RateChangeDraft(
    @NotNull(message = "{ca.gc.engagement.trademeasure.rate.effectiveFrom.required}")
        LocalDate effectiveFrom,
    @NotNull(message = "{ca.gc.engagement.trademeasure.rate.rate.required}")
        @DecimalMin(value = "0", message = "{ca.gc.engagement.trademeasure.rate.rate.range}")
        @Digits(
            integer = 6,
            fraction = 3,
            message = "{ca.gc.engagement.trademeasure.rate.rate.digits}")
        BigDecimal rate,
    @Size(max = 500, message = "{ca.gc.engagement.trademeasure.rate.note.size}") String note) {}
