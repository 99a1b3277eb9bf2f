package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.Marked;
import ca.gc.engagement.briefing.entity.StatementBrief;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/** The positions stakeholders took that bear on the mission, oldest first, with the rule used. */
final class StatementsSection {

  private StatementsSection() {}

  static void addTo(Document document, Briefing book) {
    document.add(
        BriefingStyle.section(text("section.statements"), Marked.highest(book.statements())));
    document.add(
        BriefingStyle.note(
            text(
                "statements.rule",
                BriefingLabels.day(book.statementsFrom()),
                BriefingLabels.day(book.statementsTo()))));
    if (book.statements().isEmpty()) {
      document.add(BriefingStyle.note(text("section.none")));
      return;
    }
    PdfPTable table =
        BriefingStyle.records(
            new float[] {1.9f, 3.2f, 1.5f, 5.5f},
            text("statement.date"),
            text("statement.speaker"),
            text("statement.stance"),
            text("statement.text"));
    for (StatementBrief statement : book.statements()) {
      BriefingStyle.text(table, BriefingLabels.day(statement.date()));
      BriefingStyle.text(table, speaker(statement));
      BriefingStyle.text(table, BriefingLabels.of(statement.stance()));
      BriefingStyle.text(table, said(statement));
      BriefingStyle.marking(table, statement.marking());
    }
    document.add(table);
    if (book.statementsNotListed() > 0) {
      document.add(
          BriefingStyle.note(
              text("statements.notListed", book.statements().size(), book.statementsRelated())));
    }
  }

  private static String speaker(StatementBrief statement) {
    String who =
        statement.speakerTitle() == null
            ? statement.speaker()
            : statement.speaker() + "\n" + statement.speakerTitle();
    return who + "\n(" + statement.jurisdiction() + ")";
  }

  private static String said(StatementBrief statement) {
    StringBuilder said = new StringBuilder(statement.text());
    if (!statement.sectors().isEmpty()) {
      said.append('\n').append(text("statement.sectors", String.join(", ", statement.sectors())));
    }
    return said.append('\n').append(text("statement.source", statement.source())).toString();
  }
}
