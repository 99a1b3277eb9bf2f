package ca.gc.engagement.sector.api;

import ca.gc.engagement.sector.entity.SectorDraft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /sectors} and {@code PUT /sectors/{code}} (whose code must be the one of
 * the address: a code never changes); the service judges it (see {@link SectorDraft}).
 */
@Schema(
    description =
        "A sector to add, or its new names and place in the tree (administrators); the code never changes.",
    example =
        """
        {
          "code": "HYDROGEN",
          "parent": "CLEAN_ENERGY",
          "englishName": "Hydrogen",
          "frenchName": "Hydrogène"
        }
        """)
public record SectorRequest(String code, String parent, String englishName, String frenchName) {

  SectorDraft toDraft() {
    return new SectorDraft(code, parent, englishName, frenchName);
  }
}
