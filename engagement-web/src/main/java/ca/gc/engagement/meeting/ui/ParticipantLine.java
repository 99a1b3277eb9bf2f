package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.meeting.entity.Participant;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import java.io.Serializable;

/**
 * A participant as the meeting page lists it: the stakeholder's name, title, organisation and
 * jurisdiction, with the side and role of the meeting. {@code shown} is false for a stakeholder the
 * reader may not see: the line then names no one.
 */
public record ParticipantLine(
    boolean shown,
    String name,
    String title,
    String organisation,
    String jurisdiction,
    Side side,
    String role)
    implements Serializable {

  static ParticipantLine of(Participant participant, Stakeholder stakeholder) {
    return stakeholder == null
        ? new ParticipantLine(
            false, null, null, null, null, participant.getSide(), participant.getRole())
        : new ParticipantLine(
            true,
            stakeholder.getName(),
            stakeholder.getTitle(),
            stakeholder.getOrganisation(),
            stakeholder.getJurisdiction(),
            participant.getSide(),
            participant.getRole());
  }
}
