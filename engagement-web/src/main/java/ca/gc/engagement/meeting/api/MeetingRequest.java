package ca.gc.engagement.meeting.api;

import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.security.entity.Classification;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /meetings} and {@code PUT /meetings/{id}}; the service judges it (see
 * {@link MeetingDraft}). An absent list of participants or topics is an empty one, and a null entry
 * in one is no entry.
 */
@Schema(
    description =
        "A meeting to record, or the whole content that replaces a meeting's. Times are instants (UTC); timeZone is where it takes place.",
    example =
        """
        {
          "missionId": 1,
          "title": "Bilateral meeting with President Xi Jinping",
          "kind": "BILATERAL",
          "startsAt": "2026-01-16T02:00:00Z",
          "endsAt": "2026-01-16T03:30:00Z",
          "timeZone": "Asia/Shanghai",
          "location": "Great Hall of the People, Beijing",
          "country": "CN",
          "participants": [
            {
              "stakeholderId": 1,
              "side": "OURS",
              "role": "Head of delegation"
            },
            {
              "stakeholderId": 2,
              "side": "COUNTERPART",
              "role": "Head of delegation"
            }
          ],
          "topics": ["CANOLA", "ELECTRIC_VEHICLES"],
          "agenda": "The tariff dispute; trade and environmental co-operation.",
          "classification": "PROTECTED_B"
        }
        """)
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
