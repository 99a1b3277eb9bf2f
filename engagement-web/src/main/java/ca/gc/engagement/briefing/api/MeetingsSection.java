package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.AttendeeBrief;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The mission's meetings: first a timeline table, then each meeting with its details, its
 * participants (a table) and the carve-outs its topics or words touch.
 */
final class MeetingsSection {

  private MeetingsSection() {}

  static void addTo(Document document, Briefing book) {
    document.add(BriefingStyle.section(text("section.meetings"), book.meetingsMarking()));
    if (book.meetings().isEmpty()) {
      document.add(BriefingStyle.note(text("section.none")));
      return;
    }
    document.add(timeline(book));
    for (MeetingBrief meeting : book.meetings()) {
      addMeeting(document, meeting);
    }
  }

  private static PdfPTable timeline(Briefing book) {
    PdfPTable table =
        BriefingStyle.records(
            new float[] {3.4f, 4, 1.2f, 1},
            text("meeting.when"),
            text("meeting.title"),
            text("meeting.kind"),
            text("meeting.status"));
    for (MeetingBrief meeting : book.meetings()) {
      BriefingStyle.text(table, BriefingLabels.times(meeting.startsAt(), meeting.endsAt()));
      BriefingStyle.text(table, meeting.title());
      BriefingStyle.text(table, BriefingLabels.of(meeting.kind()));
      BriefingStyle.text(table, BriefingLabels.of(meeting.status()));
      BriefingStyle.marking(table, meeting.marking());
    }
    return table;
  }

  private static void addMeeting(Document document, MeetingBrief meeting) {
    PdfPTable fields = BriefingStyle.fields(meeting.title(), meeting.marking());
    BriefingStyle.field(
        fields, text("meeting.when"), BriefingLabels.times(meeting.startsAt(), meeting.endsAt()));
    BriefingStyle.field(
        fields,
        text("meeting.kind"),
        BriefingLabels.of(meeting.kind()) + ", " + BriefingLabels.of(meeting.status()));
    BriefingStyle.field(fields, text("meeting.location"), meeting.location());
    BriefingStyle.field(fields, text("meeting.topics"), String.join(", ", meeting.topics()));
    BriefingStyle.field(fields, text("meeting.agenda"), meeting.agenda());
    BriefingStyle.field(fields, text("meeting.readout"), meeting.readout());
    BriefingStyle.field(fields, text("meeting.flags"), flags(meeting.carveOutFlags()));
    document.add(fields);

    if (meeting.participants().isEmpty()) {
      document.add(BriefingStyle.note(text("meeting.noParticipants")));
      return;
    }
    PdfPTable people =
        BriefingStyle.records(
            new float[] {2.4f, 3.4f, 1.3f, 2.2f},
            text("participant.name"),
            text("participant.title"),
            text("participant.side"),
            text("participant.role"));
    for (AttendeeBrief attendee : meeting.participants()) {
      BriefingStyle.text(people, attendee.name());
      BriefingStyle.text(people, titleOrOrganisation(attendee));
      BriefingStyle.text(people, BriefingLabels.of(attendee.side()));
      BriefingStyle.text(people, attendee.role());
      BriefingStyle.marking(people, attendee.marking());
    }
    document.add(people);
  }

  private static String titleOrOrganisation(AttendeeBrief attendee) {
    if (attendee.title() == null) {
      return attendee.organisation();
    }
    return attendee.organisation() == null
        ? attendee.title()
        : attendee.title() + ", " + attendee.organisation();
  }

  private static String flags(ScreeningResult flags) {
    if (flags.isClear()) {
      return text("meeting.flags.none");
    }
    StringBuilder said =
        new StringBuilder(text("meeting.flags.some", BriefingLabels.of(flags.verdict())));
    ScreeningText.matches(flags).forEach(line -> said.append('\n').append(line));
    return said.toString();
  }
}
