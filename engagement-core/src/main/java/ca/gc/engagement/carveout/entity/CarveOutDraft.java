package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.country.entity.Region;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.sector.entity.SectorCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an administrator states when declaring or revising a carve-out: what it covers (sectors,
 * with everything below them; regions; keywords found in a proposal's text), whom it applies to (no
 * countries: every country), from when until when, and whether it prohibits or calls for a review.
 * Whether the sectors exist is the service's to say. An absent list is an empty one; null entries
 * are no entries.
 */
@EffectivePeriod
@CoversSomething
@SafeText
public record CarveOutDraft(
    @NotBlank(message = "{ca.gc.engagement.carveout.code.required}")
        @Pattern(
            regexp = "[A-Z][A-Z0-9_]{1,39}",
            message = "{ca.gc.engagement.carveout.code.format}")
        String code,
    @NotBlank(message = "{ca.gc.engagement.carveout.name.required}")
        @Size(max = 200, message = "{ca.gc.engagement.carveout.name.size}")
        String name,
    @NotBlank(message = "{ca.gc.engagement.carveout.rationale.required}")
        @Size(max = 4000, message = "{ca.gc.engagement.carveout.rationale.size}")
        String rationale,
    @NotBlank(message = "{ca.gc.engagement.carveout.policyBasis.required}")
        @Size(max = 4000, message = "{ca.gc.engagement.carveout.policyBasis.size}")
        String policyBasis,
    Set<@SectorCode String> sectors,
    Set<@Region String> regions,
    Set<
            @NotBlank(message = "{ca.gc.engagement.carveout.keywords.blank}")
            @Size(max = 100, message = "{ca.gc.engagement.carveout.keywords.size}") String>
        keywords,
    Set<@IsoCountry String> countries,
    @NotNull(message = "{ca.gc.engagement.carveout.effectiveFrom.required}")
        LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    @NotNull(message = "{ca.gc.engagement.carveout.mode.required}") CarveOutMode mode,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {

  public CarveOutDraft {
    sectors = Proposal.entries(sectors);
    regions = Proposal.entries(regions);
    keywords = Proposal.entries(keywords);
    countries = Proposal.entries(countries);
  }
}
