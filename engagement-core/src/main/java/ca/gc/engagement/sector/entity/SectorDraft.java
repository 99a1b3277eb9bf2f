package ca.gc.engagement.sector.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an administrator states when adding a sector or changing one: its code (fixed once added),
 * the sector it sits within (none at the top of the tree) and its names in both official languages.
 * Whether the parent exists and whether the move makes a cycle is the service's to say, against the
 * tree as stored.
 */
@SafeText
public record SectorDraft(
    @NotBlank(message = "{ca.gc.engagement.sector.code.required}") @SectorCode String code,
    @SectorCode String parent,
    @NotBlank(message = "{ca.gc.engagement.sector.englishName.required}")
        @Size(max = 120, message = "{ca.gc.engagement.sector.englishName.size}")
        String englishName,
    @NotBlank(message = "{ca.gc.engagement.sector.frenchName.required}")
        @Size(max = 120, message = "{ca.gc.engagement.sector.frenchName.size}")
        String frenchName) {}
