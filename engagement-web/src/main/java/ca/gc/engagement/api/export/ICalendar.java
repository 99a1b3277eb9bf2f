package ca.gc.engagement.api.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * RFC 5545 content lines by hand: {@code NAME:value} ending in CRLF, folded at 75 octets (UTF-8,
 * never inside a character) with CRLF and a space, TEXT values escaped ({@code \\ ; ,} and a
 * newline as {@code \n}), date-times in UTC ({@code 20260116T020000Z}).
 */
public final class ICalendar {

  static final String CRLF = "\r\n";
  static final int MAX_OCTETS = 75;

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final StringBuilder out = new StringBuilder();

  /** A property whose value is written as is (no escaping): {@code BEGIN}, {@code UID}, ... */
  public ICalendar property(String name, String value) {
    out.append(fold(name + ":" + value));
    return this;
  }

  /** A TEXT property, escaped; nothing at all when the value is null or blank. */
  public ICalendar text(String name, String value) {
    if (value != null && !value.isBlank()) {
      property(name, escape(value));
    }
    return this;
  }

  /** A DATE-TIME property in UTC; nothing when the instant is null. */
  public ICalendar utc(String name, Instant at) {
    if (at != null) {
      property(name, utc(at));
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  public static String utc(Instant at) {
    return UTC.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  /** TEXT escaping: backslash, semicolon, comma, and any line break as {@code \n}. */
  public static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n");
  }

  /** One content line, folded so that no line exceeds 75 octets, ending in CRLF. */
  public static String fold(String line) {
    StringBuilder folded = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int chars = Character.charCount(codePoint);
      int size = line.substring(i, i + chars).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        folded.append(CRLF).append(' ');
        octets = 1;
      }
      folded.appendCodePoint(codePoint);
      octets += size;
      i += chars;
    }
    return folded.append(CRLF).toString();
  }
}
