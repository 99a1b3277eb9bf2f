package ca.gc.engagement.briefing.api;

import ca.gc.engagement.country.entity.CountryCode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words, dates and names the briefing book prints, from one bundle (BriefingLabels.properties),
 * in English: a French bundle beside it would give a French book without touching the layout.
 */
final class BriefingLabels {

  static final Locale LOCALE = Locale.ENGLISH;

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle(
          "ca.gc.engagement.briefing.api.BriefingLabels",
          LOCALE,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

  private BriefingLabels() {}

  /** The label under {@code key}, its placeholders filled in. */
  static String text(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), LOCALE).format(arguments);
  }

  /** An enum constant's label: key {@code enum.<Type>.<CONSTANT>}. */
  static String of(Enum<?> value) {
    return BUNDLE.getString(
        "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  static String days(LocalDate first, LocalDate last) {
    return text("dates.range", day(first), day(last));
  }

  /** "Fri 16 Jan 2026, 10:00 to 11:30 (Asia/Shanghai, UTC+08:00)": as the participants lived it. */
  static String times(ZonedDateTime start, ZonedDateTime end) {
    String zone =
        start.getZone().getId() + ", UTC" + start.getOffset().getId().replace("Z", "+00:00");
    String until =
        end.toLocalDate().equals(start.toLocalDate())
            ? TIME.format(end)
            : WEEKDAY.format(end) + " " + TIME.format(end);
    return text("time.range", WEEKDAY.format(start), TIME.format(start), until, zone);
  }

  /** "China (CN)". */
  static String country(String code) {
    return CountryCode.of(code).displayName(LOCALE) + " (" + code + ")";
  }
}
