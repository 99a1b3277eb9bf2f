package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.security.entity.Classification;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting of the mission, in its own time zone, with the participants the reader may see, its
 * topics (sector names), agenda, readout and the carve-outs it touches (a warning, not a refusal).
 */
public record MeetingBrief(
    long id,
    String title,
    MeetingKind kind,
    ZonedDateTime startsAt,
    ZonedDateTime endsAt,
    String location,
    MeetingStatus status,
    List<AttendeeBrief> participants,
    List<String> topics,
    String agenda,
    String readout,
    ScreeningResult carveOutFlags,
    Classification marking)
    implements Serializable, Marked {

  public MeetingBrief {
    participants = List.copyOf(participants);
    topics = List.copyOf(topics);
  }
}
