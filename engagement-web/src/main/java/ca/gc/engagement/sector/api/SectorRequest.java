package ca.gc.engagement.sector.api;

import ca.gc.engagement.sector.entity.SectorDraft;

/**
 * The body of {@code POST /sectors} and {@code PUT /sectors/{code}} (whose code must be the one of
 * the address: a code never changes); the service judges it (see {@link SectorDraft}).
 */
public record SectorRequest(String code, String parent, String englishName, String frenchName) {

  SectorDraft toDraft() {
    return new SectorDraft(code, parent, englishName, frenchName);
  }
}
