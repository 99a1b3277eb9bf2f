package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.MissionBrief;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** The book's opening: its title, its marking explained, and the mission's record. */
final class MissionSection {

  private MissionSection() {}

  static void addTo(Document document, Briefing book) {
    MissionBrief mission = book.mission();
    document.add(new Paragraph(text("book.title"), BriefingStyle.TITLE));
    Paragraph title = new Paragraph(mission.title(), BriefingStyle.SUBTITLE);
    title.setSpacingAfter(6);
    document.add(title);
    document.add(BriefingStyle.note(text("book.marking.note", BriefingLabels.of(book.marking()))));

    document.add(BriefingStyle.section(text("section.mission"), mission.marking()));
    PdfPTable fields = BriefingStyle.fields();
    BriefingStyle.field(fields, text("mission.title"), mission.title());
    BriefingStyle.field(
        fields, text("mission.counterpart"), BriefingLabels.country(mission.counterpartCountry()));
    BriefingStyle.field(fields, text("mission.hostCity"), mission.hostCity());
    BriefingStyle.field(
        fields, text("mission.dates"), BriefingLabels.days(mission.startDate(), mission.endDate()));
    BriefingStyle.field(fields, text("mission.lead"), mission.lead());
    BriefingStyle.field(fields, text("mission.objectives"), mission.objectives());
    BriefingStyle.field(fields, text("mission.status"), BriefingLabels.of(mission.status()));
    BriefingStyle.field(fields, text("marking"), BriefingLabels.of(mission.marking()));
    document.add(fields);
  }
}
