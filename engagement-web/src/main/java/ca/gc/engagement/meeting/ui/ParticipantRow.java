package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import java.io.Serializable;

/**
 * One editable row of the meeting form's participants: who, on which side, in what role. A row left
 * empty is still a row: the service then asks for its stakeholder and side, next to it, rather than
 * the form dropping it silently.
 */
public class ParticipantRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long stakeholderId;
  private Side side;
  private String role;

  public ParticipantRow() {}

  static ParticipantRow of(Participant participant) {
    ParticipantRow row = new ParticipantRow();
    row.stakeholderId = participant.getStakeholderId();
    row.side = participant.getSide();
    row.role = participant.getRole();
    return row;
  }

  Participant toParticipant() {
    return new Participant(stakeholderId, side, role);
  }

  public Long getStakeholderId() {
    return stakeholderId;
  }

  public void setStakeholderId(Long stakeholderId) {
    this.stakeholderId = stakeholderId;
  }

  public Side getSide() {
    return side;
  }

  public void setSide(Side side) {
    this.side = side;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
