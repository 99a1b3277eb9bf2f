package ca.gc.engagement.sector.api;

import ca.gc.engagement.sector.entity.Sector;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A sector of the reference tree as API v1 shows it. Reference data, not a record: keyed by its
 * code (part of the contract, never changed), unclassified; {@code parent} is absent at the top of
 * the tree; a retired sector still labels the records that carry it.
 */
@JsonbPropertyOrder({"code", "version", "parent", "englishName", "frenchName", "retired"})
public record SectorRepresentation(
    String code,
    long version,
    String parent,
    String englishName,
    String frenchName,
    boolean retired) {

  static SectorRepresentation of(Sector sector) {
    return new SectorRepresentation(
        sector.getCode(),
        sector.getVersion(),
        sector.getParent().orElse(null),
        sector.getEnglishName(),
        sector.getFrenchName(),
        sector.isRetired());
  }
}
