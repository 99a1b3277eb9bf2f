package ca.gc.engagement.meeting.entity;

import ca.gc.engagement.country.entity.IsoCountry;
import ca.gc.engagement.records.entity.SafeText;
import ca.gc.engagement.sector.entity.SectorCode;
import ca.gc.engagement.security.entity.Classification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an officer states about a meeting. Start and end are instants; the time zone is the
 * meeting's own (Asia/Shanghai for Beijing), so that it can be shown as the participants lived it.
 */
@MeetingPeriod
@SafeText
public record MeetingDraft(
    @Positive(message = "{ca.gc.engagement.meeting.missionId.positive}") Long missionId,
    @NotBlank(message = "{ca.gc.engagement.meeting.title.required}")
        @Size(max = 200, message = "{ca.gc.engagement.meeting.title.size}")
        String title,
    @NotNull(message = "{ca.gc.engagement.meeting.kind.required}") MeetingKind kind,
    @NotNull(message = "{ca.gc.engagement.meeting.startsAt.required}") Instant startsAt,
    @NotNull(message = "{ca.gc.engagement.meeting.endsAt.required}") Instant endsAt,
    @NotBlank(message = "{ca.gc.engagement.meeting.timeZone.required}") @TimeZoneId String timeZone,
    @Size(max = 200, message = "{ca.gc.engagement.meeting.location.size}") String location,
    @NotBlank(message = "{ca.gc.engagement.meeting.country.required}") @IsoCountry String country,
    @NotNull @Size(max = 100, message = "{ca.gc.engagement.meeting.participants.size}")
        List<@NotNull @Valid Participant> participants,
    @NotNull Set<@NotNull @SectorCode String> topics,
    @Size(max = 4000, message = "{ca.gc.engagement.meeting.agenda.size}") String agenda,
    @NotNull(message = "{ca.gc.engagement.classification.required}")
        Classification classification) {

  public MeetingDraft {
    participants = participants == null ? null : List.copyOf(participants);
    topics = topics == null ? null : Set.copyOf(topics);
  }
}
