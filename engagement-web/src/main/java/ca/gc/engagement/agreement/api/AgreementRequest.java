package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.entity.AgreementDraft;
import ca.gc.engagement.security.entity.Classification;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /agreements} and {@code PUT /agreements/{id}}; the service judges it and
 * screens it (see {@link AgreementDraft}).
 */
@Schema(
    description =
        "An agreement to propose, or the whole content that replaces an open agreement's; screened against the carve-outs either way.",
    example =
        """
        {
          "title": "Energy co-operation: Canadian oil and gas exports to China",
          "parties": ["CA", "CN"],
          "missionId": 1,
          "meetingId": 2,
          "sectors": ["OIL_AND_GAS", "CLEAN_ENERGY"],
          "regions": [],
          "summary": "More Canadian crude oil and liquefied natural gas exports to China; possibly clean energy.",
          "classification": "PROTECTED_A"
        }
        """)
public record AgreementRequest(
    String title,
    Set<String> parties,
    Long missionId,
    Long meetingId,
    Set<String> sectors,
    Set<String> regions,
    String summary,
    Classification classification) {

  AgreementDraft toDraft() {
    return new AgreementDraft(
        title,
        entries(parties),
        missionId,
        meetingId,
        entries(sectors),
        entries(regions),
        summary,
        classification);
  }

  /** A null entry is no entry; an absent set stays absent, for the draft to judge. */
  private static Set<String> entries(Set<String> values) {
    return values == null
        ? null
        : values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
