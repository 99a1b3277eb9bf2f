package ca.gc.engagement.subscription.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reads the allow-list as configured at each check: it is short, and an operator may change it. */
public class AllowedReceiverValidator implements ConstraintValidator<AllowedReceiver, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || ReceiverAllowList.configured().allows(value);
  }
}
