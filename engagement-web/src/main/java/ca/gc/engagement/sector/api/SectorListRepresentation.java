package ca.gc.engagement.sector.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The whole sector tree in one page, by code: {@code {items, page, size, total}} like every list of
 * API v1, with page 0 and size and total the number of sectors.
 */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record SectorListRepresentation(
    List<SectorRepresentation> items, int page, int size, long total) {

  static SectorListRepresentation of(List<SectorRepresentation> sectors) {
    return new SectorListRepresentation(sectors, 0, sectors.size(), sectors.size());
  }
}
