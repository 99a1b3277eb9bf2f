package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.Marked;
import ca.gc.engagement.briefing.entity.MissionBrief;
import ca.gc.engagement.briefing.entity.TradeMeasureBrief;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;

/**
 * The trade measures either party applied to the other's goods during the mission, Canada's first:
 * what, on which products, at which rate, since when, and which measure each answers or relieves. A
 * book lists the latest of them only; then it says how many there are.
 */
final class TradeMeasuresSection {

  private TradeMeasuresSection() {}

  static void addTo(Document document, Briefing book) {
    MissionBrief mission = book.mission();
    document.add(
        BriefingStyle.section(
            text(
                "section.tradeMeasures",
                BriefingLabels.country(book.homeCountry()),
                BriefingLabels.country(mission.counterpartCountry()),
                BriefingLabels.days(mission.startDate(), mission.endDate())),
            Marked.highest(book.tradeMeasures())));
    if (book.tradeMeasures().isEmpty()) {
      document.add(BriefingStyle.note(text("section.none")));
      return;
    }
    PdfPTable table =
        BriefingStyle.records(
            new float[] {3.2f, 1.3f, 1.7f, 3, 1, 1.7f},
            text("measure.title"),
            text("measure.direction"),
            text("measure.type"),
            text("measure.products"),
            text("measure.rate"),
            text("measure.inForce"));
    for (TradeMeasureBrief measure : book.tradeMeasures()) {
      BriefingStyle.text(table, title(measure));
      BriefingStyle.text(
          table,
          text("measure.direction.value", measure.imposingCountry(), measure.targetCountry()));
      BriefingStyle.text(table, BriefingLabels.of(measure.type()));
      BriefingStyle.text(table, String.join("\n", measure.products()));
      BriefingStyle.text(table, rate(measure.rate()));
      BriefingStyle.text(table, inForce(measure));
      BriefingStyle.marking(table, measure.marking());
    }
    document.add(table);
    if (book.tradeMeasuresNotListed() > 0) {
      document.add(
          BriefingStyle.note(
              text("measure.notListed", book.tradeMeasures().size(), book.tradeMeasuresInForce())));
    }
  }

  private static String title(TradeMeasureBrief measure) {
    StringBuilder title = new StringBuilder(measure.title());
    if (measure.retaliatesAgainst() != null) {
      title.append('\n').append(text("measure.retaliatesAgainst", measure.retaliatesAgainst()));
    }
    if (measure.exemptsFrom() != null) {
      title.append('\n').append(text("measure.exemptsFrom", measure.exemptsFrom()));
    }
    return title.toString();
  }

  private static String rate(BigDecimal rate) {
    return rate == null
        ? text("measure.rate.none")
        : rate.stripTrailingZeros().toPlainString() + " %";
  }

  private static String inForce(TradeMeasureBrief measure) {
    return measure.inForceUntil() == null
        ? text("measure.inForce.from", BriefingLabels.day(measure.inForceFrom()))
        : text(
            "measure.inForce.between",
            BriefingLabels.day(measure.inForceFrom()),
            BriefingLabels.day(measure.inForceUntil()));
  }
}
