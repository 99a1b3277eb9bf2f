package ca.gc.engagement.meeting.api;

import ca.gc.engagement.carveout.api.ScreeningRepresentation;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.security.entity.Classification;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * A meeting as API v1 shows it. Start and end are instants (UTC); {@code timeZone} is the meeting's
 * own, to show them as the participants lived them. {@code carveOutFlags} is what the meeting's
 * topics and words touch among the carve-outs in force on its day: flagged, never refused.
 */
@JsonbPropertyOrder({
  "id",
  "version",
  "missionId",
  "title",
  "kind",
  "startsAt",
  "endsAt",
  "timeZone",
  "location",
  "country",
  "participants",
  "topics",
  "agenda",
  "readout",
  "status",
  "classification",
  "carveOutFlags"
})
public record MeetingRepresentation(
    long id,
    long version,
    Long missionId,
    String title,
    MeetingKind kind,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    String location,
    String country,
    List<ParticipantRepresentation> participants,
    List<String> topics,
    String agenda,
    String readout,
    MeetingStatus status,
    Classification classification,
    ScreeningRepresentation carveOutFlags) {

  static MeetingRepresentation of(Meeting meeting, ScreeningResult carveOutFlags) {
    return new MeetingRepresentation(
        meeting.getId(),
        meeting.getVersion(),
        meeting.getMissionId(),
        meeting.getTitle(),
        meeting.getKind(),
        meeting.getStartsAt(),
        meeting.getEndsAt(),
        meeting.getTimeZone(),
        meeting.getLocation(),
        meeting.getCountry().value(),
        meeting.getParticipants().stream().map(ParticipantRepresentation::of).toList(),
        meeting.getTopics().stream().sorted().toList(),
        meeting.getAgenda(),
        meeting.getReadout(),
        meeting.getStatus(),
        meeting.getClassification(),
        ScreeningRepresentation.of(carveOutFlags));
  }
}
