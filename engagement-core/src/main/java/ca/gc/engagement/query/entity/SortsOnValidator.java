package ca.gc.engagement.query.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SortsOnValidator implements ConstraintValidator<SortsOn, String> {

  private Class<? extends Enum<?>> fields;

  @Override
  public void initialize(SortsOn annotation) {
    fields = annotation.value();
  }

  @Override
  public boolean isValid(String sort, ConstraintValidatorContext context) {
    if (sort == null || sort.isBlank() || Order.isOrderOn(fields, sort)) {
      return true;
    }
    return ListedChoices.report(context, Order.names(fields));
  }
}
