package ca.gc.engagement.meeting.api;

import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.api.export.FormatWriter;
import ca.gc.engagement.api.export.ICalendar;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * A page of meetings as an RFC 5545 calendar ({@code GET /meetings} with {@code Accept:
 * text/calendar} or {@code ?format=ics}): the JSON list's page, same filters, paging and clearance,
 * one VEVENT per meeting. UID {@code meeting-<id>@engagement-records} stays the same across
 * exports, so a calendar that subscribes updates the event rather than adding another; DTSTAMP is
 * the time of the export; times are in UTC; a cancelled meeting is STATUS:CANCELLED, any other
 * CONFIRMED.
 */
@Provider
@Produces(Exports.TEXT_CALENDAR)
public class MeetingCalendarWriter extends FormatWriter<MeetingPageRepresentation> {

  static final String PRODID = "-//Government of Canada//Engagement Records//EN";

  public MeetingCalendarWriter() {
    super(Exports.TEXT_CALENDAR_TYPE);
  }

  @Override
  protected boolean writes(Class<?> type) {
    return type == MeetingPageRepresentation.class;
  }

  @Override
  protected void write(
      MeetingPageRepresentation page,
      Class<?> type,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    httpHeaders.putSingle("Content-Type", Exports.TEXT_CALENDAR + "; charset=UTF-8");
    httpHeaders.putSingle("X-Total-Count", String.valueOf(page.total()));
    out.write(calendar(page, Clock.systemUTC().instant()).getBytes(StandardCharsets.UTF_8));
  }

  /** The calendar of one page of meetings, stamped at the given instant. */
  static String calendar(MeetingPageRepresentation page, Instant stamp) {
    ICalendar ics =
        new ICalendar()
            .property("BEGIN", "VCALENDAR")
            .property("VERSION", "2.0")
            .property("PRODID", PRODID)
            .property("CALSCALE", "GREGORIAN")
            .property("METHOD", "PUBLISH");
    for (MeetingRepresentation meeting : page.items()) {
      ics.property("BEGIN", "VEVENT")
          .property("UID", "meeting-" + meeting.id() + "@engagement-records")
          .utc("DTSTAMP", stamp)
          .utc("DTSTART", meeting.startsAt())
          .utc("DTEND", meeting.endsAt())
          .text("SUMMARY", meeting.title())
          .text("LOCATION", meeting.location())
          .text("DESCRIPTION", meeting.agenda())
          .property(
              "STATUS", meeting.status() == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")
          .property("SEQUENCE", String.valueOf(meeting.version()))
          .property("END", "VEVENT");
    }
    return ics.property("END", "VCALENDAR").toString();
  }
}
