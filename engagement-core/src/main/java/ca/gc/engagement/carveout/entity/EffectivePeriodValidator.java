package ca.gc.engagement.carveout.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class EffectivePeriodValidator
    implements ConstraintValidator<EffectivePeriod, CarveOutDraft> {

  @Override
  public boolean isValid(CarveOutDraft draft, ConstraintValidatorContext context) {
    if (draft == null || draft.effectiveFrom() == null || draft.effectiveUntil() == null) {
      return true;
    }
    if (!draft.effectiveUntil().isBefore(draft.effectiveFrom())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("effectiveUntil")
        .addConstraintViolation();
    return false;
  }
}
