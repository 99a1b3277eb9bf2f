package ca.gc.engagement.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** The one rule for the format a request asks for: the alias first, else what Accept prefers. */
class ExportsTest {

  @Test
  void theFormatAliasWinsOverAccept() {
    assertEquals("text/csv", Exports.asked(" CSV ", "application/json"));
    assertEquals("text/calendar", Exports.asked("ics", "text/csv"));
    assertEquals("text/csv", Exports.asked("xml", "text/csv"));
  }

  @Test
  void acceptIsReadAsContentNegotiationReadsIt() {
    assertEquals("text/csv", Exports.asked(null, "text/csv"));
    assertEquals("text/csv", Exports.asked(null, "text/csv, application/json"));
    assertEquals("application/json", Exports.asked(null, "application/json, text/csv"));
    assertEquals("text/csv", Exports.asked(null, "application/json;q=0.5, text/csv"));
    assertEquals("text/csv", Exports.asked(null, "*/*, Text/CSV"));
    assertEquals("text/*", Exports.asked(null, "text/*"));
    assertNull(Exports.asked(null, null));
    assertNull(Exports.asked(null, " "));
  }

  @Test
  void anExportIsNamedAfterItsPathAndFormat() {
    assertEquals("missions.csv", Exports.fileName("/missions", Exports.TEXT_CSV_TYPE));
    assertEquals("trade-measures.csv", Exports.fileName("trade-measures", Exports.TEXT_CSV_TYPE));
    assertEquals("meetings.ics", Exports.fileName("/meetings/", Exports.TEXT_CALENDAR_TYPE));
    assertEquals(
        "missions-12-meetings.ics",
        Exports.fileName("/missions/12/meetings", Exports.TEXT_CALENDAR_TYPE));
    assertNull(Exports.fileName("/missions", MediaType.APPLICATION_JSON_TYPE));
    assertNull(Exports.fileName("/missions", new MediaType("application", "pdf")));
  }
}
