package ca.gc.engagement.meeting.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class MeetingPeriodValidator implements ConstraintValidator<MeetingPeriod, MeetingDraft> {

  @Override
  public boolean isValid(MeetingDraft draft, ConstraintValidatorContext context) {
    if (draft == null || draft.startsAt() == null || draft.endsAt() == null) {
      return true;
    }
    if (draft.endsAt().isAfter(draft.startsAt())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("endsAt")
        .addConstraintViolation();
    return false;
  }
}
