package ca.gc.engagement.trademeasure.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class HsCodeFormatValidator implements ConstraintValidator<HsCodeFormat, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    var problem = HsCode.problem(value);
    if (problem.isEmpty()) {
      return true;
    }
    if (problem.get() != HsCode.Problem.FORMAT) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "{ca.gc.engagement.trademeasure.hsCode." + problem.get().key() + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
