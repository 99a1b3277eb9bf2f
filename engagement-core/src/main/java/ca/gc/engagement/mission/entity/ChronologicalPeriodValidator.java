package ca.gc.engagement.mission.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ChronologicalPeriodValidator
    implements ConstraintValidator<ChronologicalPeriod, MissionDraft> {

  @Override
  public boolean isValid(MissionDraft draft, ConstraintValidatorContext context) {
    if (draft == null || draft.startDate() == null || draft.endDate() == null) {
      return true;
    }
    if (!draft.endDate().isBefore(draft.startDate())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("endDate")
        .addConstraintViolation();
    return false;
  }
}
