package ca.gc.engagement.meeting.api;

import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body of {@code POST /meetings} and {@code PUT /meetings/{id}}; the service judges it (see
 * {@link MeetingDraft}). An absent list of participants or topics is an empty one, and a null entry
 * in one is no entry.
 */
public record MeetingRequest(
    Long missionId,
    String title,
    MeetingKind kind,
    Instant startsAt,
    Instant endsAt,
    String timeZone,
    String location,
    String country,
    List<ParticipantRepresentation> participants,
    Set<String> topics,
    String agenda,
    Classification classification) {

  MeetingDraft toDraft() {
    return new MeetingDraft(
        missionId,
        title,
        kind,
        startsAt,
        endsAt,
        timeZone,
        location,
        country,
        participants == null
            ? List.of()
            : participants.stream()
                .filter(Objects::nonNull)
                .map(ParticipantRepresentation::toParticipant)
                .toList(),
        topics == null
            ? Set.of()
            : topics.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
        agenda,
        classification);
  }
}
