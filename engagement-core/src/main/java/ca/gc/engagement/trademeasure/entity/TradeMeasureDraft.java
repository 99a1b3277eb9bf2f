package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.sector.entity.SectorCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a desk officer states about a trade measure, rate history included (recording a later rate
 * change alone goes through {@code TradeMeasureService.recordRate}). Rules that need another record
 * (the measure a retaliation answers, the one an exemption relieves) are the service's; the rest
 * are here. Missing sectors and rates read as none.
 */
@TradeMeasureRules
@SafeText
public record TradeMeasureDraft(
    @NotBlank(message = "{ca.gc.engagement.trademeasure.title.required}")
        @Size(max = 200, message = "{ca.gc.engagement.trademeasure.title.size}")
        String title,
    @NotBlank(message = "{ca.gc.engagement.trademeasure.imposingCountry.required}") @IsoCountry
        String imposingCountry,
    @NotBlank(message = "{ca.gc.engagement.trademeasure.targetCountry.required}") @IsoCountry
        String targetCountry,
    @NotNull(message = "{ca.gc.engagement.trademeasure.type.required}") TradeMeasureType type,
    @NotEmpty(message = "{ca.gc.engagement.trademeasure.productLines.required}")
        @Size(max = 100, message = "{ca.gc.engagement.trademeasure.productLines.size}")
        List<@NotNull @Valid ProductLineDraft> productLines,
    Set<@NotNull(message = "{ca.gc.engagement.sector.SectorCode.message}") @SectorCode String>
        sectors,
    @NotNull(message = "{ca.gc.engagement.trademeasure.source.required}") @Valid SourceDraft source,
    @Positive(message = "{ca.gc.engagement.trademeasure.retaliatesAgainstId.positive}")
        Long retaliatesAgainstId,
    @Positive(message = "{ca.gc.engagement.trademeasure.exemptsFromId.positive}")
        Long exemptsFromId,
    @NotNull(message = "{ca.gc.engagement.trademeasure.inForceFrom.required}")
        LocalDate inForceFrom,
    LocalDate inForceUntil,
    @Size(max = 100, message = "{ca.gc.engagement.trademeasure.rates.size}")
        List<@NotNull @Valid RateChangeDraft> rates,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {

  public TradeMeasureDraft {
    sectors = sectors == null ? Set.of() : sectors;
    rates = rates == null ? List.of() : rates;
  }
}
