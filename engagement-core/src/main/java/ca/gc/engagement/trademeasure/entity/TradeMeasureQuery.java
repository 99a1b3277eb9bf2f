package ca.gc.engagement.trademeasure.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.query.entity.Criterion;
import ca.gc.engagement.query.entity.OneOf;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.SortsOn;
import ca.gc.engagement.sector.entity.SectorCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a reader looks for among trade measures: words in the title, a country (imposing the measure
 * or targeted by it), a sector (with the sectors within it), a status, a range of first days in
 * force (both included), and the order. Every part is optional (blank is not given); an empty query
 * lists every measure, the latest in force first.
 *
 * @param q words to find, case-insensitive
 * @param status a {@link TradeMeasureStatus}, as written
 * @param from the earliest first day in force, or none
 * @param to the latest first day in force, or none
 * @param sort a {@link Field} as the API names it ("title", "inForceFrom,asc"); latest in force
 *     first if none
 */
public record TradeMeasureQuery(
    @Size(max = 200, message = "{ca.gc.engagement.search.text.size}") String q,
    @IsoCountry String country,
    @SectorCode String sector,
    @OneOf(TradeMeasureStatus.class) String status,
    LocalDate from,
    LocalDate to,
    @SortsOn(TradeMeasureQuery.Field.class) String sort) {

  /** What a list of trade measures sorts on. */
  public enum Field {
    IN_FORCE_FROM,
    TITLE,
    STATUS
  }

  public TradeMeasureQuery {
    q = Criterion.given(q);
    country = Criterion.given(country);
    sector = Criterion.given(sector);
    status = Criterion.given(status);
    sort = Criterion.given(sort);
  }

  public static TradeMeasureQuery everything() {
    return new TradeMeasureQuery(null, null, null, null, null, null, null);
  }

  @AssertTrue(message = "{ca.gc.engagement.search.period.message}")
  public boolean isChronological() {
    return from == null || to == null || !to.isBefore(from);
  }

  /** The status asked for; null for every status. */
  public TradeMeasureStatus statusValue() {
    return Criterion.constant(TradeMeasureStatus.class, status);
  }

  public Order<Field> order() {
    return Order.parse(Field.class, sort).orElse(new Order<>(Field.IN_FORCE_FROM, false));
  }
}
