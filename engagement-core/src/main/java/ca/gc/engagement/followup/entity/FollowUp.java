package ca.gc.engagement.followup.entity;

import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * Something to be done after a mission, a meeting or an agreement, by someone, by a date: what the
 * dashboard shows as due soon or overdue. It refers to its origin by kind and id. Closed as done or
 * dropped, reopened if need be; each change is on the audit trail.
 */
@Entity
@Table(name = "follow_up")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class FollowUp extends Classified {

  public static final String KIND = "follow-up";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
  @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 2000)
  private String description;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "origin_kind", length = 20)
  private OriginKind originKind;

  @NotNull
  @Column(name = "origin_id")
  private Long originId;

  @NotBlank
  @Size(max = 120)
  @Column(name = "owner_name")
  private String owner;

  @NotNull
  @Column(name = "due_date")
  private LocalDate dueDate;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private FollowUpStatus status = FollowUpStatus.OPEN;

  protected FollowUp() {}

  /** A new follow-up is open. */
  public static FollowUp record(FollowUpDraft draft) {
    FollowUp followUp = new FollowUp();
    followUp.revise(draft);
    return followUp;
  }

  /** Takes the draft's content; the status moves only through complete, drop and reopen. */
  public void revise(FollowUpDraft draft) {
    description = draft.description().strip();
    originKind = draft.originKind();
    originId = draft.originId();
    owner = draft.owner().strip();
    dueDate = draft.dueDate();
    classify(draft.classification());
  }

  public void complete() {
    moveTo(FollowUpStatus.DONE);
  }

  public void drop() {
    moveTo(FollowUpStatus.DROPPED);
  }

  public void reopen() {
    moveTo(FollowUpStatus.OPEN);
  }

  private void moveTo(FollowUpStatus next) {
    status = status.stepTo(KIND, next);
  }

  /** Still open after its due date: due on the 31st, it is overdue from the 1st. */
  public boolean overdue(LocalDate today) {
    return status == FollowUpStatus.OPEN && dueDate.isBefore(today);
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public OriginKind getOriginKind() {
    return originKind;
  }

  public Long getOriginId() {
    return originId;
  }

  public String getOwner() {
    return owner;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public FollowUpStatus getStatus() {
    return status;
  }
}
