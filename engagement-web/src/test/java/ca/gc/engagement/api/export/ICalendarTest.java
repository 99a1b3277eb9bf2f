package ca.gc.engagement.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  @Test
  void textEscapesBackslashSemicolonCommaAndNewlines() {
    assertEquals("a\\\\b\\;c\\, d\\ne\\nf\\ng", ICalendar.escape("a\\b;c, d\ne\r\nf\rg"));
    assertEquals(
        "SUMMARY:Canola\\, pork\\; beef\r\n",
        new ICalendar().text("SUMMARY", "Canola, pork; beef").toString());
  }

  @Test
  void aBlankOrMissingTextPropertyIsLeftOut() {
    assertEquals("", new ICalendar().text("LOCATION", null).text("LOCATION", " ").toString());
  }

  @Test
  void dateTimesAreInUtc() {
    assertEquals("20260116T020000Z", ICalendar.utc(Instant.parse("2026-01-16T02:00:00.750Z")));
  }

  @Test
  void aShortLineIsOneLineEndingInCrlf() {
    assertEquals("VERSION:2.0\r\n", ICalendar.fold("VERSION:2.0"));
    String exactly75 = "D:" + "x".repeat(73);
    assertEquals(exactly75 + "\r\n", ICalendar.fold(exactly75));
  }

  @Test
  void aLongLineIsFoldedAt75OctetsWithCrlfAndASpaceAndUnfoldsBackToItself() {
    String line = "DESCRIPTION:" + "Trade, investment and canola. ".repeat(10);
    String folded = ICalendar.fold(line);
    assertTrue(folded.endsWith("\r\n"));
    for (String physical : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
    }
    assertTrue(folded.contains("\r\n "));
    assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
  }

  @Test
  void foldingNeverSplitsAMultiOctetCharacter() {
    String line = "LOCATION:" + "北京人民大会堂".repeat(10);
    String folded = ICalendar.fold(line);
    for (String physical : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
      assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
      assertEquals(
          physical, new String(physical.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }
    assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
  }
}
