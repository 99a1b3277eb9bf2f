package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A trade measure as API v1 shows it: the contract other departments code against. The rate history
 * runs earliest first; {@code rateToday} is the rate that applies on the server's today (absent
 * when the measure applies no rate today: not in force, suspended, or a ban).
 */
@JsonbPropertyOrder({
  "id",
  "version",
  "title",
  "imposingCountry",
  "targetCountry",
  "productLines",
  "sectors",
  "type",
  "status",
  "source",
  "retaliatesAgainstId",
  "exemptsFromId",
  "inForceFrom",
  "inForceUntil",
  "rates",
  "rateToday",
  "classification"
})
public record TradeMeasureRepresentation(
    long id,
    long version,
    String title,
    String imposingCountry,
    String targetCountry,
    List<ProductLineRepresentation> productLines,
    List<String> sectors,
    TradeMeasureType type,
    TradeMeasureStatus status,
    SourceRepresentation source,
    Long retaliatesAgainstId,
    Long exemptsFromId,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    List<RateRepresentation> rates,
    BigDecimal rateToday,
    Classification classification) {

  /** The measure as it stands, with the rate it applies on {@code today} (the department's day). */
  static TradeMeasureRepresentation of(TradeMeasure measure, LocalDate today) {
    return new TradeMeasureRepresentation(
        measure.getId(),
        measure.getVersion(),
        measure.getTitle(),
        measure.getImposingCountry().value(),
        measure.getTargetCountry().value(),
        measure.getProductLines().stream().map(ProductLineRepresentation::of).toList(),
        measure.getSectors().stream().sorted().toList(),
        measure.getType(),
        measure.getStatus(),
        SourceRepresentation.of(measure.getSource()),
        measure.getRetaliatesAgainstId(),
        measure.getExemptsFromId(),
        measure.getInForceFrom(),
        measure.getInForceUntil(),
        measure.getRates().stream().map(RateRepresentation::of).toList(),
        measure.rateOn(today).map(RateRepresentation::plain).orElse(null),
        measure.getClassification());
  }
}
