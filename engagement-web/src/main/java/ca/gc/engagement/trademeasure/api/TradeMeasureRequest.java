package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.TradeMeasureDraft;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of {@code POST /trade-measures} and {@code PUT /trade-measures/{id}}, rate history
 * included; the service judges it (see {@link TradeMeasureDraft}).
 */
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
