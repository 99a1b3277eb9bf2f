package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.trademeasure.entity.TradeMeasureType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A trade measure one party applied to the other's goods during the mission.
 *
 * @param products each product line as "description (HS code)"
 * @param rate the rate (a percentage) on the first day of the mission the measure applied; null
 *     when it states none (a ban)
 * @param retaliatesAgainst the title of the measure it answers, if listed in the same book
 * @param exemptsFrom the title of the measure it relieves products of, if listed in the same book
 */
public record TradeMeasureBrief(
    long id,
    String title,
    String imposingCountry,
    String targetCountry,
    TradeMeasureType type,
    List<String> products,
    BigDecimal rate,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    String retaliatesAgainst,
    String exemptsFrom,
    Classification marking)
    implements Serializable, Marked {

  public TradeMeasureBrief {
    products = List.copyOf(products);
  }
}
