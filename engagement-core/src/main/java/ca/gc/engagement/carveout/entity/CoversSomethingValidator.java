package ca.gc.engagement.carveout.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class CoversSomethingValidator
    implements ConstraintValidator<CoversSomething, CarveOutDraft> {

  @Override
  public boolean isValid(CarveOutDraft draft, ConstraintValidatorContext context) {
    if (draft == null
        || !draft.sectors().isEmpty()
        || !draft.regions().isEmpty()
        || !draft.keywords().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("sectors")
        .addConstraintViolation();
    return false;
  }
}
