package ca.gc.engagement.mission.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a desk officer states when planning a mission. The constraints here are the only ones: the
 * API and the pages both hand a draft to {@code MissionService}, and its violations come back to
 * the field they name (the component names are the API's field names and the page's input ids).
 */
@ChronologicalPeriod
@SafeText
public record MissionDraft(
    @NotBlank(message = "{ca.gc.engagement.mission.title.required}")
        @Size(max = 200, message = "{ca.gc.engagement.mission.title.size}")
        String title,
    @NotBlank(message = "{ca.gc.engagement.mission.counterpartCountry.required}") @IsoCountry
        String counterpartCountry,
    @NotBlank(message = "{ca.gc.engagement.mission.hostCity.required}")
        @Size(max = 120, message = "{ca.gc.engagement.mission.hostCity.size}")
        String hostCity,
    @NotNull(message = "{ca.gc.engagement.mission.startDate.required}") LocalDate startDate,
    @NotNull(message = "{ca.gc.engagement.mission.endDate.required}") LocalDate endDate,
    @NotBlank(message = "{ca.gc.engagement.mission.lead.required}")
        @Size(max = 120, message = "{ca.gc.engagement.mission.lead.size}")
        String lead,
    @Size(max = 4000, message = "{ca.gc.engagement.mission.objectives.size}") String objectives,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {}
