package ca.gc.engagement.briefing.api;

import static ca.gc.engagement.briefing.api.BriefingLabels.text;

import ca.gc.engagement.briefing.entity.Briefing;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A briefing book as a PDF: US Letter (the paper Canadian offices print on), the sections in the
 * order a delegation reads them, every page marked at the book's level. Rendered whole into memory
 * (a book is tens of kilobytes) so that a failure halfway never sends half a document.
 */
final class BriefingDocument {

  static final String MEDIA_TYPE = "application/pdf";

  private static final DateTimeFormatter PREPARED =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", BriefingLabels.LOCALE)
          .withZone(ZoneOffset.UTC);

  /** The sections, in the order a delegation reads them. */
  private static final List<BiConsumer<Document, Briefing>> SECTIONS =
      List.of(
          MissionSection::addTo,
          MeetingsSection::addTo,
          AgreementsSection::addTo,
          TradeMeasuresSection::addTo,
          StatementsSection::addTo,
          FollowUpsSection::addTo);

  /** Less room than this (an inch and a half) left on a page: a section starts on the next. */
  private static final float ROOM_FOR_A_SECTION = 108;

  private BriefingDocument() {}

  static byte[] render(Briefing book) {
    String marking = BriefingLabels.of(book.marking());
    String header = text("book.header", String.valueOf(book.mission().id()));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document =
        new Document(
            PageSize.LETTER,
            BriefingStyle.SIDE_MARGIN,
            BriefingStyle.SIDE_MARGIN,
            BriefingStyle.END_MARGIN,
            BriefingStyle.END_MARGIN);
    PdfWriter writer = PdfWriter.getInstance(document, pdf);
    writer.setPageEvent(
        new PageMarkings(
            marking,
            header,
            text("book.prepared", book.preparedFor(), PREPARED.format(book.preparedAt()))));
    document.addTitle(text("book.title") + ": " + book.mission().title());
    document.addSubject(header);
    document.addKeywords(marking);
    document.addCreator("Engagement Records");
    document.open();
    for (BiConsumer<Document, Briefing> section : SECTIONS) {
      if (writer.getVerticalPosition(false) - document.bottom() < ROOM_FOR_A_SECTION) {
        document.newPage();
      }
      section.accept(document, book);
    }
    document.close();
    return pdf.toByteArray();
  }
}
