package ca.gc.engagement.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days and instants a request may carry: ISO 8601, from 1900 to 2199. Year 0 or 99999 parses as
 * a date but is no day any record of the department happens on, and a database or a spreadsheet
 * downstream may not hold it; refused when the body is read, so every date field is covered.
 */
final class RecordDates {

  static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private RecordDates() {}

  /** A date outside the range, or no date at all: the body cannot be read. */
  static final class OutOfRange extends JsonbException {
    private static final long serialVersionUID = 1L;

    OutOfRange(String value) {
      super(
          "The date "
              + value
              + " is not one this API records: give dates as YYYY-MM-DD (instants as"
              + " 2026-01-16T02:00:00Z) from "
              + FIRST
              + " to "
              + LAST
              + ".");
    }
  }

  static final class Days implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return day(text(parser));
    }
  }

  static final class Instants implements JsonbDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return instant(text(parser));
    }
  }

  /** The day {@code value} names, within the range; else {@link OutOfRange}. */
  static LocalDate day(String value) {
    try {
      return inRange(LocalDate.parse(value), value);
    } catch (DateTimeParseException notADate) {
      throw new OutOfRange(value);
    }
  }

  /** The instant {@code value} names, on a day within the range; else {@link OutOfRange}. */
  static Instant instant(String value) {
    try {
      Instant instant = Instant.parse(value);
      inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC), value);
      return instant;
    } catch (DateTimeParseException notAnInstant) {
      throw new OutOfRange(value);
    }
  }

  /** The value as text; a number reads as its digits, an object or a list cannot be read. */
  private static String text(JsonParser parser) {
    return parser.getString();
  }

  private static LocalDate inRange(LocalDate day, String value) {
    if (day.isBefore(FIRST) || day.isAfter(LAST)) {
      throw new OutOfRange(value);
    }
    return day;
  }
}
