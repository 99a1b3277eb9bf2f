package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /carve-outs} and {@code PUT /carve-outs/{id}} (whose code must stay the
 * same); the service judges it (see {@link CarveOutDraft}).
 */
@Schema(
    description =
        "A carve-out to add, or the whole content that replaces one (administrators): what it covers and from when.",
    example =
        """
        {
          "code": "SUBMARINE_CABLES",
          "name": "Submarine cables",
          "rationale": "Undersea cables carry Canada's communications; no foreign state may build or service them.",
          "policyBasis": "Investment Canada Act, guidelines on the national security review of investments",
          "sectors": ["TELECOMMUNICATIONS"],
          "regions": ["ARCTIC_WATERS"],
          "keywords": ["submarine cable", "undersea cable", "câble sous-marin"],
          "countries": ["CN"],
          "effectiveFrom": "2026-01-01",
          "mode": "PROHIBIT",
          "classification": "UNCLASSIFIED"
        }
        """)
public record CarveOutRequest(
    String code,
    String name,
    String rationale,
    String policyBasis,
    Set<String> sectors,
    Set<String> regions,
    Set<String> keywords,
    Set<String> countries,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    CarveOutMode mode,
    Classification classification) {

  CarveOutDraft toDraft() {
    return new CarveOutDraft(
        code,
        name,
        rationale,
        policyBasis,
        sectors,
        regions,
        keywords,
        countries,
        effectiveFrom,
        effectiveUntil,
        mode,
        classification);
  }
}
