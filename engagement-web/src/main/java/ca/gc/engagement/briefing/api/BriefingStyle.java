package ca.gc.engagement.briefing.api;

import ca.gc.engagement.security.entity.Classification;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * How the briefing book looks: Helvetica at sizes that read well on paper and screen, section
 * headings that carry their marking, and the two kinds of table (columns with a repeated header
 * row; label and value). The standard fonts keep the file small and need nothing installed; they
 * print the Latin-1 range (English and French), not Chinese characters.
 */
final class BriefingStyle {

  static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
  static final Font SUBTITLE = new Font(Font.HELVETICA, 13, Font.NORMAL);
  static final Font SECTION = new Font(Font.HELVETICA, 14, Font.BOLD);
  static final Font RECORD = new Font(Font.HELVETICA, 11, Font.BOLD);
  static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
  static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC, new Color(0x44, 0x44, 0x44));
  static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL);
  static final Font CELL_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
  static final Font MARKING = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x8B, 0, 0));
  static final Font CELL_MARKING = new Font(Font.HELVETICA, 8, Font.BOLD, new Color(0x8B, 0, 0));
  static final Font PAGE = new Font(Font.HELVETICA, 8, Font.NORMAL);
  static final Font PAGE_MARKING = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0x8B, 0, 0));

  /** Left and right margins: three quarters of an inch on US Letter. */
  static final float SIDE_MARGIN = 54;

  /** Top and bottom margins, with room for the page's marking, header and footer. */
  static final float END_MARGIN = 64;

  private static final float CONTENT_WIDTH = PageSize.LETTER.getWidth() - 2 * SIDE_MARGIN;

  /** Wide enough for the longest marking (UNCLASSIFIED, CONFIDENTIAL) on one line. */
  private static final float MARKING_WIDTH = 72;

  private static final Color HEAD_FILL = new Color(0xE4, 0xE8, 0xEE);
  private static final Color RULE = new Color(0xA0, 0xA8, 0xB4);

  private BriefingStyle() {}

  /** A section's heading with the section's marking beside it. */
  static Paragraph section(String title, Classification marking) {
    Paragraph heading = new Paragraph();
    heading.add(new Chunk(title, SECTION));
    heading.add(new Chunk("   [" + BriefingLabels.of(marking) + "]", MARKING));
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    return heading;
  }

  static Paragraph note(String text) {
    Paragraph note = new Paragraph(text, NOTE);
    note.setSpacingAfter(4);
    return note;
  }

  /**
   * A table of records, one a row, whose header row repeats on every page it spans, and whose last
   * column is each record's marking.
   *
   * @param weights the relative widths of the columns before the marking
   * @param headers their headers
   */
  static PdfPTable records(float[] weights, String... headers) {
    float sum = 0;
    for (float weight : weights) {
      sum += weight;
    }
    float[] widths = new float[weights.length + 1];
    for (int i = 0; i < weights.length; i++) {
      widths[i] = (CONTENT_WIDTH - MARKING_WIDTH) * weights[i] / sum;
    }
    widths[weights.length] = MARKING_WIDTH;
    PdfPTable table = new PdfPTable(widths.length);
    table.setTotalWidth(widths);
    table.setLockedWidth(true);
    table.setSpacingBefore(4);
    table.setSpacingAfter(6);
    table.setHeaderRows(1);
    for (String header : headers) {
      head(table, header);
    }
    head(table, BriefingLabels.text("marking"));
    return table;
  }

  private static void head(PdfPTable table, String header) {
    PdfPCell cell = cell(new Phrase(header, CELL_HEAD));
    cell.setBackgroundColor(HEAD_FILL);
    table.addCell(cell);
  }

  /** A table of labels and values: the fields of a record shown with its section's heading. */
  static PdfPTable fields() {
    PdfPTable table = new PdfPTable(new float[] {1, 4});
    table.setWidthPercentage(100);
    table.setSpacingAfter(4);
    table.setKeepTogether(true);
    return table;
  }

  /**
   * A table of labels and values under a record's own heading (a meeting, an agreement) with the
   * record's marking; heading and fields go to the next page together when they do not fit.
   */
  static PdfPTable fields(String title, Classification marking) {
    PdfPTable table = fields();
    Phrase heading = new Phrase();
    heading.add(new Chunk(title, RECORD));
    heading.add(new Chunk("   [" + BriefingLabels.of(marking) + "]", MARKING));
    PdfPCell cell = new PdfPCell(heading);
    cell.setColspan(2);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingTop(10);
    cell.setPaddingLeft(0);
    cell.setPaddingBottom(6);
    table.addCell(cell);
    return table;
  }

  /** A label and its value; nothing for no value. */
  static void field(PdfPTable table, String label, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    PdfPCell name = cell(new Phrase(label, CELL_HEAD));
    name.setBackgroundColor(HEAD_FILL);
    table.addCell(name);
    table.addCell(cell(new Phrase(value, CELL)));
  }

  static void text(PdfPTable table, String text) {
    table.addCell(cell(new Phrase(text == null ? "" : text, CELL)));
  }

  /** A cell with a record's marking. */
  static void marking(PdfPTable table, Classification marking) {
    table.addCell(cell(new Phrase(BriefingLabels.of(marking), CELL_MARKING)));
  }

  static PdfPCell cell(Phrase content) {
    PdfPCell cell = new PdfPCell(content);
    cell.setPadding(4);
    cell.setBorderColor(RULE);
    cell.setBorder(Rectangle.BOX);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }
}
