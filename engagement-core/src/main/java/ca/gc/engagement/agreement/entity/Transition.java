package ca.gc.engagement.agreement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of an agreement's lifecycle as it was recorded: from what to what, the day it took
 * effect (a signature's date), when it was recorded, by whom, and why.
 */
@Embeddable
public class Transition implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, nullable = false)
  private AgreementStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 20, nullable = false)
  private AgreementStatus to;

  @Column(name = "effective_on", nullable = false)
  private LocalDate on;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", length = 120, nullable = false)
  private String by;

  @Column(name = "justification", length = 2000)
  private String justification;

  protected Transition() {}

  Transition(
      AgreementStatus from,
      AgreementStatus to,
      LocalDate on,
      Instant recordedAt,
      String by,
      String justification) {
    this.from = from;
    this.to = to;
    this.on = on;
    this.recordedAt = recordedAt;
    this.by = by;
    this.justification = justification;
  }

  public AgreementStatus getFrom() {
    return from;
  }

  public AgreementStatus getTo() {
    return to;
  }

  public LocalDate getOn() {
    return on;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getBy() {
    return by;
  }

  public String getJustification() {
    return justification;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Transition t
        && from == t.from
        && to == t.to
        && Objects.equals(on, t.on)
        && Objects.equals(recordedAt, t.recordedAt)
        && Objects.equals(by, t.by)
        && Objects.equals(justification, t.justification);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, on, recordedAt, by);
  }
}
