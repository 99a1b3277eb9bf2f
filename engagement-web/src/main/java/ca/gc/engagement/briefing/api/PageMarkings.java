package ca.gc.engagement.briefing.api;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every page of a briefing book carries: the book's marking at the top and at the bottom (a
 * page taken out of the book still says how it must be handled), what the book is, and "Page n of
 * N". N is known only when the book closes, so it is written into a placeholder each page shares.
 */
final class PageMarkings extends PdfPageEventHelper {

  private static final float TOTAL_WIDTH = 24;

  private final String marking;
  private final String header;
  private final String prepared;
  private final BaseFont pageFont;
  private PdfTemplate total;

  /**
   * @param marking the book's marking as printed ("PROTECTED B")
   * @param header what the book is, at the top left
   * @param prepared for whom and when, at the bottom left
   */
  PageMarkings(String marking, String header, String prepared) {
    this.marking = marking;
    this.header = header;
    this.prepared = prepared;
    try {
      this.pageFont = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    float left = document.left();
    float right = document.right();
    float centre = (left + right) / 2;
    float top = document.top() + 24;
    float bottom = document.bottom() - 28;

    show(canvas, Element.ALIGN_LEFT, new Phrase(header, BriefingStyle.PAGE), left, top);
    show(canvas, Element.ALIGN_RIGHT, new Phrase(marking, BriefingStyle.PAGE_MARKING), right, top);
    show(
        canvas,
        Element.ALIGN_CENTER,
        new Phrase(marking, BriefingStyle.PAGE_MARKING),
        centre,
        bottom);
    show(canvas, Element.ALIGN_LEFT, new Phrase(prepared, BriefingStyle.PAGE), left, bottom);

    String page = BriefingLabels.text("book.page", writer.getPageNumber()) + " ";
    float width = pageFont.getWidthPoint(page, BriefingStyle.PAGE.getSize());
    float x = right - TOTAL_WIDTH - width;
    show(canvas, Element.ALIGN_LEFT, new Phrase(page, BriefingStyle.PAGE), x, bottom);
    canvas.addTemplate(total, x + width, bottom);
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    total.beginText();
    total.setFontAndSize(pageFont, BriefingStyle.PAGE.getSize());
    total.setTextMatrix(0, 0);
    total.showText(String.valueOf(writer.getPageNumber() - 1));
    total.endText();
  }

  private static void show(PdfContentByte canvas, int alignment, Phrase text, float x, float y) {
    ColumnText.showTextAligned(canvas, alignment, text, x, y, 0);
  }
}
