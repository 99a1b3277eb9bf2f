package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /trade-measures} and {@code PUT /trade-measures/{id}}, rate history
 * included; the service judges it (see {@link TradeMeasureDraft}).
 */
@Schema(
    description =
        "A trade measure to record, or the whole content that replaces one, rate history included.",
    example =
        """
        {
          "title": "Anti-dumping deposit on Canadian canola seed",
          "imposingCountry": "CN",
          "targetCountry": "CA",
          "type": "ANTI_DUMPING",
          "productLines": [
            {
              "description": "Canola seed",
              "hsCode": "1205.10"
            }
          ],
          "sectors": ["CANOLA"],
          "source": {
            "publication": "Ministry of Commerce of the People's Republic of China, announcement of 12 August 2025"
          },
          "inForceFrom": "2025-08-14",
          "rates": [
            {
              "effectiveFrom": "2025-08-14",
              "rate": 75.8,
              "note": "Preliminary deposit"
            }
          ],
          "classification": "UNCLASSIFIED"
        }
        """)
public record TradeMeasureRequest(
    String title,
    String imposingCountry,
    String targetCountry,
    TradeMeasureType type,
    List<ProductLineRepresentation> productLines,
    Set<String> sectors,
    SourceRepresentation source,
    Long retaliatesAgainstId,
    Long exemptsFromId,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    List<RateRepresentation> rates,
    Classification classification) {

  TradeMeasureDraft toDraft() {
    return new TradeMeasureDraft(
        title,
        imposingCountry,
        targetCountry,
        type,
        each(productLines, ProductLineRepresentation::toDraft),
        sectors,
        source == null ? null : source.toDraft(),
        retaliatesAgainstId,
        exemptsFromId,
        inForceFrom,
        inForceUntil,
        each(rates, RateRepresentation::toDraft),
        classification);
  }

  /** Each entry as the draft takes it; a missing list stays missing, a null entry null. */
  private static <T, D> List<D> each(List<T> entries, Function<T, D> toDraft) {
    return entries == null
        ? null
        : entries.stream().map(e -> e == null ? null : toDraft.apply(e)).toList();
  }
}
