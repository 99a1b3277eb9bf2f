package ca.gc.engagement.meeting.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.security.entity.Classification;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingCalendarWriterTest {

  private static MeetingRepresentation meeting(
      long id, String title, String location, String agenda, MeetingStatus status) {
    return new MeetingRepresentation(
        id,
        2,
        null,
        title,
        MeetingKind.BILATERAL,
        Instant.parse("2026-01-16T02:00:00Z"),
        Instant.parse("2026-01-16T03:30:00Z"),
        "Asia/Shanghai",
        location,
        "CN",
        List.of(),
        List.of(),
        agenda,
        null,
        status,
        Classification.UNCLASSIFIED,
        null);
  }

  @Test
  void oneVeventPerMeetingInAVersion2CalendarWithCrlfLines() {
    var page =
        new MeetingPageRepresentation(
            List.of(
                meeting(
                    7,
                    "Bilateral, with Xi",
                    "Great Hall; Beijing",
                    "Trade\nCanola",
                    MeetingStatus.HELD),
                meeting(8, "Pork talks", null, null, MeetingStatus.CANCELLED)),
            0,
            20,
            2);
    String ics = MeetingCalendarWriter.calendar(page, Instant.parse("2026-01-10T12:00:00Z"));

    assertEquals(
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Government of Canada//Engagement Records//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:meeting-7@engagement-records",
            "DTSTAMP:20260110T120000Z",
            "DTSTART:20260116T020000Z",
            "DTEND:20260116T033000Z",
            "SUMMARY:Bilateral\\, with Xi",
            "LOCATION:Great Hall\\; Beijing",
            "DESCRIPTION:Trade\\nCanola",
            "STATUS:CONFIRMED",
            "SEQUENCE:2",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:meeting-8@engagement-records",
            "DTSTAMP:20260110T120000Z",
            "DTSTART:20260116T020000Z",
            "DTEND:20260116T033000Z",
            "SUMMARY:Pork talks",
            "STATUS:CANCELLED",
            "SEQUENCE:2",
            "END:VEVENT",
            "END:VCALENDAR",
            ""),
        ics);
  }

  @Test
  void aLongAgendaIsFolded() {
    var page =
        new MeetingPageRepresentation(
            List.of(meeting(9, "Talks", null, "x".repeat(200), MeetingStatus.SCHEDULED)), 0, 20, 1);
    String ics = MeetingCalendarWriter.calendar(page, Instant.EPOCH);
    assertTrue(ics.contains("DESCRIPTION:" + "x".repeat(63) + "\r\n " + "x".repeat(74) + "\r\n "));
    assertTrue(ics.replace("\r\n ", "").contains("DESCRIPTION:" + "x".repeat(200) + "\r\n"));
  }
}
