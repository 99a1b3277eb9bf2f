package ca.gc.engagement.followup.entity;

import ca.gc.engagement.query.entity.Criterion;
import ca.gc.engagement.query.entity.OneOf;
import ca.gc.engagement.query.entity.Order;
import ca.gc.engagement.query.entity.SortsOn;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a reader looks for among follow-ups: words in the description, a status, a range of due
 * dates (both days included), and the order. Every part is optional (blank is not given); an empty
 * query lists every follow-up, soonest due first.
 *
 * @param q words to find, case-insensitive
 * @param status a {@link FollowUpStatus}, as written
 * @param from the first due date, or none
 * @param to the last due date, or none
 * @param sort a {@link Field} as the API names it ("dueDate", "owner,desc"); by due date if none
 */
public record FollowUpQuery(
    @Size(max = 200, message = "{ca.gc.engagement.search.text.size}") String q,
    @OneOf(FollowUpStatus.class) String status,
    LocalDate from,
    LocalDate to,
    @SortsOn(FollowUpQuery.Field.class) String sort) {

  /** What a list of follow-ups sorts on. */
  public enum Field {
    DUE_DATE,
    OWNER,
    STATUS
  }

  public FollowUpQuery {
    q = Criterion.given(q);
    status = Criterion.given(status);
    sort = Criterion.given(sort);
  }

  public static FollowUpQuery everything() {
    return new FollowUpQuery(null, null, null, null, null);
  }

  @AssertTrue(message = "{ca.gc.engagement.search.period.message}")
  public boolean isChronological() {
    return from == null || to == null || !to.isBefore(from);
  }

  /** The status asked for; null for every status. */
  public FollowUpStatus statusValue() {
    return Criterion.constant(FollowUpStatus.class, status);
  }

  public Order<Field> order() {
    return Order.parse(Field.class, sort).orElse(new Order<>(Field.DUE_DATE, true));
  }
}
