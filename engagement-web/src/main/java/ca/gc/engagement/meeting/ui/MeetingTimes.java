package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.ui.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A meeting's times as a desk officer reads them: as the participants lived them, in the meeting's
 * own zone with the zone named ("Jan 16, 2026, 10:00 AM (Asia/Shanghai)"), and in Ottawa time, the
 * department's, for the officers following from home. Formatted for the page's language.
 */
@Named
@RequestScoped
public class MeetingTimes {

  @Inject private Language language;

  /** When the meeting starts, in its own zone, the zone named. */
  public String local(Meeting meeting) {
    return moment(meeting.getStartsAt(), zone(meeting)) + " (" + meeting.getTimeZone() + ")";
  }

  /** From start to end in the meeting's own zone, the zone named. */
  public String localSpan(Meeting meeting) {
    return span(meeting, zone(meeting)) + " (" + meeting.getTimeZone() + ")";
  }

  /** From start to end in Ottawa time. */
  public String ottawaSpan(Meeting meeting) {
    return span(meeting, language.getTimeZone().toZoneId());
  }

  /** "Jan 16, 2026, 10:00 AM – 11:30 AM"; both days in full when it ends on another day. */
  private String span(Meeting meeting, ZoneId zone) {
    ZonedDateTime start = meeting.getStartsAt().atZone(zone);
    ZonedDateTime end = meeting.getEndsAt().atZone(zone);
    String until =
        start.toLocalDate().equals(end.toLocalDate())
            ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .format(end)
            : moment(meeting.getEndsAt(), zone);
    return moment(meeting.getStartsAt(), zone) + " \u2013 " + until;
  }

  private String moment(Instant at, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.getLocale())
        .format(at.atZone(zone));
  }

  private static ZoneId zone(Meeting meeting) {
    return ZoneId.of(meeting.getTimeZone());
  }
}
