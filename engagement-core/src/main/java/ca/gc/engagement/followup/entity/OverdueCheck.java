package ca.gc.engagement.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's overdue check: when it ran, on which node, how many follow-ups it found newly overdue.
 * Its key is the Ottawa day, so a day is checked once however many nodes the cluster has. Never
 * changed or deleted once written.
 */
@Entity
@Table(name = "overdue_check")
public class OverdueCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "check_day")
  private LocalDate day;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(nullable = false, length = 120)
  private String node;

  @Column(name = "newly_overdue", nullable = false)
  private int newlyOverdue;

  protected OverdueCheck() {}

  public OverdueCheck(LocalDate day, Instant checkedAt, String node, int newlyOverdue) {
    this.day = day;
    this.checkedAt = checkedAt;
    this.node = node;
    this.newlyOverdue = newlyOverdue;
  }

  public LocalDate getDay() {
    return day;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public String getNode() {
    return node;
  }

  public int getNewlyOverdue() {
    return newlyOverdue;
  }
}
