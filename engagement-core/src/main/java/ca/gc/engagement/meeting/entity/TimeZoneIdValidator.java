package ca.gc.engagement.meeting.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;

/**
 * Accepts region-based IANA names only ("Asia/Shanghai"), not offsets that ignore daylight time.
 */
public class TimeZoneIdValidator implements ConstraintValidator<TimeZoneId, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || ZoneId.getAvailableZoneIds().contains(value);
  }
}
