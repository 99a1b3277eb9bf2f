package ca.gc.engagement.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
