package ca.gc.engagement.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * A stakeholder at a meeting: who (by id: stakeholders are their own records), on which side, and
 * in what role ("head of delegation", "note-taker").
 */
@Embeddable
public class Participant implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{ca.gc.engagement.meeting.participant.stakeholderId.required}")
  @Positive(message = "{ca.gc.engagement.meeting.participant.stakeholderId.required}")
  @Column(name = "stakeholder_id", nullable = false)
  private Long stakeholderId;

  @NotNull(message = "{ca.gc.engagement.meeting.participant.side.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "side", length = 20, nullable = false)
  private Side side;

  @Size(max = 120, message = "{ca.gc.engagement.meeting.participant.role.size}")
  @Column(name = "meeting_role", length = 120)
  private String role;

  protected Participant() {}

  public Participant(Long stakeholderId, Side side, String role) {
    this.stakeholderId = stakeholderId;
    this.side = side;
    this.role = role == null || role.isBlank() ? null : role.strip();
  }

  public Long getStakeholderId() {
    return stakeholderId;
  }

  public Side getSide() {
    return side;
  }

  public String getRole() {
    return role;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Participant p
        && Objects.equals(stakeholderId, p.stakeholderId)
        && side == p.side
        && Objects.equals(role, p.role);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stakeholderId, side, role);
  }

  @Override
  public String toString() {
    return "Participant[" + stakeholderId + ", " + side + ", " + role + "]";
  }
}
