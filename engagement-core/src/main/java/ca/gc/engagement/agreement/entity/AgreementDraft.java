package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.country.entity.Region;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.sector.entity.SectorCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an officer proposes: the agreement's content, screened against the carve-outs before it is
 * kept.
 */
@SafeText
public record AgreementDraft(
    @NotBlank(message = "{ca.gc.engagement.agreement.title.required}")
        @Size(max = 200, message = "{ca.gc.engagement.agreement.title.size}")
        String title,
    @NotNull(message = "{ca.gc.engagement.agreement.parties.size}")
        @Size(min = 2, max = 30, message = "{ca.gc.engagement.agreement.parties.size}")
        Set<@NotNull @IsoCountry String> parties,
    @Positive(message = "{ca.gc.engagement.agreement.missionId.positive}") Long missionId,
    @Positive(message = "{ca.gc.engagement.agreement.meetingId.positive}") Long meetingId,
    @NotNull Set<@NotNull @SectorCode String> sectors,
    @NotNull Set<@NotNull @Region String> regions,
    @Size(max = 8000, message = "{ca.gc.engagement.agreement.summary.size}") String summary,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {

  public AgreementDraft {
    parties = parties == null ? null : Set.copyOf(parties);
    sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    regions = regions == null ? Set.of() : Set.copyOf(regions);
  }

  /** The words screening reads for keywords: the title and the summary. */
  public String text() {
    return summary == null ? title : title + "\n" + summary;
  }
}
