package ca.gc.engagement.meeting.api;

import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A participant on the wire, in requests and representations alike: who, which side, what role. */
@JsonbPropertyOrder({"stakeholderId", "side", "role"})
public record ParticipantRepresentation(Long stakeholderId, Side side, String role) {

  static ParticipantRepresentation of(Participant participant) {
    return new ParticipantRepresentation(
        participant.getStakeholderId(), participant.getSide(), participant.getRole());
  }

  Participant toParticipant() {
    return new Participant(stakeholderId, side, role);
  }
}
