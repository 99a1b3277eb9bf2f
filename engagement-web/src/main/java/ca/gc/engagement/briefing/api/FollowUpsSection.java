package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.FollowUpBrief;
import ca.gc.engagement.briefing.entity.Marked;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/** What is still to be done after the mission, its meetings and its agreements, soonest first. */
final class FollowUpsSection {

  private FollowUpsSection() {}

  static void addTo(Document document, Briefing book) {
    document.add(
        BriefingStyle.section(text("section.followUps"), Marked.highest(book.followUps())));
    if (book.followUps().isEmpty()) {
      document.add(BriefingStyle.note(text("section.none")));
      return;
    }
    PdfPTable table =
        BriefingStyle.records(
            new float[] {1.9f, 5, 2.2f, 2.8f},
            text("followUp.due"),
            text("followUp.description"),
            text("followUp.owner"),
            text("followUp.origin"));
    for (FollowUpBrief followUp : book.followUps()) {
      BriefingStyle.text(table, BriefingLabels.day(followUp.dueDate()));
      BriefingStyle.text(table, followUp.description());
      BriefingStyle.text(table, followUp.owner());
      BriefingStyle.text(
          table, BriefingLabels.of(followUp.originKind()) + ": " + followUp.origin());
      BriefingStyle.marking(table, followUp.marking());
    }
    document.add(table);
  }
}
