package ca.gc.engagement.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * That a follow-up went overdue on its due date, as the day's check found it. Written only by the
 * check ({@code DailyOverdueCheck}, one statement for all of a day's notices); mapped so that the
 * dashboard can page a day's notices in a query rather than carry their ids.
 */
@Entity
@Immutable
@Table(name = "overdue_notice")
@IdClass(OverdueNotice.Key.class)
public class OverdueNotice {

  @Id
  @Column(name = "follow_up_id")
  private Long followUpId;

  @Id
  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "check_day", nullable = false)
  private LocalDate checkDay;

  protected OverdueNotice() {}

  public Long getFollowUpId() {
    return followUpId;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public LocalDate getCheckDay() {
    return checkDay;
  }

  /** A follow-up goes overdue once for each due date it is given. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long followUpId;
    private LocalDate dueDate;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(followUpId, key.followUpId)
          && Objects.equals(dueDate, key.dueDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(followUpId, dueDate);
    }
  }
}
