package ca.gc.engagement.statement.entity;

import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.sector.entity.SectorCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a desk officer states when recording a position a stakeholder took. The stakeholder and the
 * mission are named by id; {@code StatementService} checks that they exist and that the caller may
 * see them, and the sector catalogue will check the sectors. A statement about no sector in
 * particular has an empty {@code sectors}.
 */
@SafeText
public record StatementDraft(
    @NotNull(message = "{ca.gc.engagement.statement.stakeholderId.required}") Long stakeholderId,
    @NotNull(message = "{ca.gc.engagement.statement.date.required}") @NotAfterToday LocalDate date,
    @NotNull(message = "{ca.gc.engagement.statement.stance.required}") Stance stance,
    Set<@NotNull(message = "{ca.gc.engagement.statement.sectors.required}") @SectorCode String>
        sectors,
    @NotBlank(message = "{ca.gc.engagement.statement.text.required}")
        @Size(max = 4000, message = "{ca.gc.engagement.statement.text.size}")
        String text,
    @NotNull(message = "{ca.gc.engagement.statement.source.required}") @Valid SourceDraft source,
    Long missionId,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {

  /** No sectors given means none; the set is kept as given (nulls included) for validation. */
  public StatementDraft {
    sectors =
        sectors == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(sectors));
  }
}
