package ca.gc.engagement.stakeholder.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.query.entity.Criterion;
import ca.gc.engagement.query.entity.OneOf;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.SortsOn;
import jakarta.validation.constraints.Size;

/**
 * What a reader looks for among stakeholders: words in the name or the organisation, a country (a
 * jurisdiction in it: CA takes in CA-SK), a status, and the order. Every part is optional (blank is
 * not given); an empty query lists every stakeholder by name.
 *
 * @param q words to find, case-insensitive
 * @param status a {@link StakeholderStatus}, as written
 * @param sort a {@link Field} as the API names it ("name", "jurisdiction,desc"); by name if none
 */
public record StakeholderQuery(
    @Size(max = 200, message = "{ca.gc.engagement.search.text.size}") String q,
    @IsoCountry String country,
    @OneOf(StakeholderStatus.class) String status,
    @SortsOn(StakeholderQuery.Field.class) String sort) {

  /** What a list of stakeholders sorts on. */
  public enum Field {
    NAME,
    ORGANISATION,
    JURISDICTION,
    STATUS
  }

  public StakeholderQuery {
    q = Criterion.given(q);
    country = Criterion.given(country);
    status = Criterion.given(status);
    sort = Criterion.given(sort);
  }

  public static StakeholderQuery everything() {
    return new StakeholderQuery(null, null, null, null);
  }

  /** The status asked for; null for every status. */
  public StakeholderStatus statusValue() {
    return Criterion.constant(StakeholderStatus.class, status);
  }

  public Order<Field> order() {
    return Order.parse(Field.class, sort).orElse(new Order<>(Field.NAME, true));
  }
}
