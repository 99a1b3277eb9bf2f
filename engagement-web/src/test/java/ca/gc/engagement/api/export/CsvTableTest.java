package ca.gc.engagement.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  enum Status {
    PLANNED
  }

  record Source(String publication, String url) {}

  record Row(
      long id,
      String title,
      LocalDate on,
      Instant at,
      List<String> tags,
      Source source,
      Status status,
      Long missionId) {}

  record Page(List<Row> items, int page, int size, long total) {}

  @Test
  void aHeaderRowFromTheRecordThenOneCrlfLinePerRow() {
    var row =
        new Row(
            7,
            "Trade mission",
            LocalDate.of(2026, 1, 16),
            Instant.parse("2026-01-16T02:00:00Z"),
            List.of("CANOLA", "PORK"),
            new Source("Gazette", null),
            Status.PLANNED,
            null);
    assertEquals(
        "id,title,on,at,tags,source,status,missionId\r\n"
            + "7,Trade mission,2026-01-16,2026-01-16T02:00:00Z,CANOLA; PORK,Gazette,PLANNED,\r\n",
        CsvTable.write(Row.class, List.of(row)));
  }

  @Test
  void anEmptyPageIsItsHeader() {
    assertEquals(
        "id,title,on,at,tags,source,status,missionId\r\n", CsvTable.write(Row.class, List.of()));
  }

  @Test
  void fieldsWithACommaQuoteCrOrLfAreQuotedWithQuotesDoubled() {
    assertEquals("plain", CsvTable.field("plain"));
    assertEquals("\"a, b\"", CsvTable.field("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvTable.field("say \"hi\""));
    assertEquals("\"one\r\ntwo\"", CsvTable.field("one\r\ntwo"));
    assertEquals("\"one\ntwo\"", CsvTable.field("one\ntwo"));
    assertEquals("Montréal — 北京", CsvTable.field("Montréal — 北京"));
    assertEquals("", CsvTable.field(null));
    assertEquals("", CsvTable.field(""));
  }

  @Test
  void aCellASpreadsheetWouldTakeForAFormulaIsPrefixedWithAQuote() {
    assertEquals("'=HYPERLINK(\"x\")", CsvTable.defused("=HYPERLINK(\"x\")"));
    assertEquals("\"'=1+2,3\"", CsvTable.field("=1+2,3"));
    assertEquals("'+1", CsvTable.field("+1"));
    assertEquals("'-1", CsvTable.field("-1"));
    assertEquals("'@SUM(A1)", CsvTable.field("@SUM(A1)"));
    assertEquals("'\tx", CsvTable.field("\tx"));
    assertEquals("\"'\rx\"", CsvTable.field("\rx"));
    assertEquals("a=b", CsvTable.field("a=b"));
  }

  @Test
  void aPageIsWriteableThroughItsItemsRecordTypeAndNothingElseIs() {
    assertEquals(Row.class, PageCsvWriter.itemType(Page.class));
    assertNull(PageCsvWriter.itemType(Row.class));
    assertNull(PageCsvWriter.itemType(String.class));
  }
}
