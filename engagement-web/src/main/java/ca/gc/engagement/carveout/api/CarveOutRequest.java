package ca.gc.engagement.carveout.api;

import ca.gc.engagement.carveout.entity.CarveOutDraft;
import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.security.entity.Classification;
import java.time.LocalDate;
import java.util.Set;

/**
 * The body of {@code POST /carve-outs} and {@code PUT /carve-outs/{id}} (whose code must stay the
 * same); the service judges it (see {@link CarveOutDraft}).
 */
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
