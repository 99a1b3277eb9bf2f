package ca.gc.engagement.statement.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneOffset;

public class NotAfterTodayValidator implements ConstraintValidator<NotAfterToday, LocalDate> {

  /** The first offset where a new day begins (Line Islands, Kiribati). */
  static final ZoneOffset EARLIEST_DAY = ZoneOffset.ofHours(14);

  @Override
  public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
    if (date == null) {
      return true;
    }
    LocalDate latestToday =
        LocalDate.now(context.getClockProvider().getClock().withZone(EARLIEST_DAY));
    return !date.isAfter(latestToday);
  }
}
