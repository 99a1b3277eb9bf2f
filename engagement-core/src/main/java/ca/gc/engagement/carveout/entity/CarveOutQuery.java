package ca.gc.engagement.carveout.entity;

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
 * What a reader looks for among carve-outs: words in the code or the name, a country it applies to
 * (one it names, or every country), a sector it names (or one within it), a status, a range of
 * first days in effect (both included), and the order. Every part is optional (blank is not given);
 * an empty query lists every carve-out by code.
 *
 * @param q words to find, case-insensitive
 * @param status a {@link CarveOutStatus}, as written
 * @param from the earliest first day in effect, or none
 * @param to the latest first day in effect, or none
 * @param sort a {@link Field} as the API names it ("code", "effectiveFrom,desc"); by code if none
 */
public record CarveOutQuery(
    @Size(max = 200, message = "{ca.gc.engagement.search.text.size}") String q,
    @IsoCountry String country,
    @SectorCode String sector,
    @OneOf(CarveOutStatus.class) String status,
    LocalDate from,
    LocalDate to,
    @SortsOn(CarveOutQuery.Field.class) String sort) {

  /** What a list of carve-outs sorts on. */
  public enum Field {
    CODE,
    NAME,
    EFFECTIVE_FROM,
    STATUS
  }

  public CarveOutQuery {
    q = Criterion.given(q);
    country = Criterion.given(country);
    sector = Criterion.given(sector);
    status = Criterion.given(status);
    sort = Criterion.given(sort);
  }

  public static CarveOutQuery everything() {
    return new CarveOutQuery(null, null, null, null, null, null, null);
  }

  @AssertTrue(message = "{ca.gc.engagement.search.period.message}")
  public boolean isChronological() {
    return from == null || to == null || !to.isBefore(from);
  }

  /** The status asked for; null for every status. */
  public CarveOutStatus statusValue() {
    return Criterion.constant(CarveOutStatus.class, status);
  }

  public Order<Field> order() {
    return Order.parse(Field.class, sort).orElse(new Order<>(Field.CODE, true));
  }
}
