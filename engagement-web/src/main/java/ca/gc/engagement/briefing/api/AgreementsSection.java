package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.AgreementBrief;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.Marked;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * The mission's agreements, each with its screening against the carve-outs in force today: the
 * verdict, and every matched carve-out the reader may see with the reason it matched.
 */
final class AgreementsSection {

  private AgreementsSection() {}

  static void addTo(Document document, Briefing book) {
    document.add(
        BriefingStyle.section(text("section.agreements"), Marked.highest(book.agreements())));
    if (book.agreements().isEmpty()) {
      document.add(BriefingStyle.note(text("section.none")));
      return;
    }
    for (AgreementBrief agreement : book.agreements()) {
      PdfPTable fields = BriefingStyle.fields(agreement.title(), agreement.marking());
      BriefingStyle.field(fields, text("agreement.status"), BriefingLabels.of(agreement.status()));
      BriefingStyle.field(fields, text("agreement.parties"), countries(agreement.parties()));
      BriefingStyle.field(
          fields, text("agreement.proposedOn"), BriefingLabels.day(agreement.proposedOn()));
      BriefingStyle.field(fields, text("agreement.meeting"), agreement.meeting());
      BriefingStyle.field(
          fields, text("agreement.sectors"), String.join(", ", agreement.sectors()));
      BriefingStyle.field(
          fields, text("agreement.regions"), String.join(", ", agreement.regions()));
      BriefingStyle.field(fields, text("agreement.summary"), agreement.summary());
      BriefingStyle.field(fields, text("agreement.verdict"), verdict(agreement));
      BriefingStyle.field(
          fields,
          text("agreement.matches"),
          String.join("\n", ScreeningText.matches(agreement.screening())));
      document.add(fields);
    }
  }

  private static String verdict(AgreementBrief agreement) {
    String verdict = BriefingLabels.of(agreement.screening().verdict());
    return agreement.exempted() ? verdict + ", " + text("agreement.exempted") : verdict;
  }

  private static String countries(List<String> codes) {
    return String.join(", ", codes.stream().map(BriefingLabels::country).toList());
  }
}
