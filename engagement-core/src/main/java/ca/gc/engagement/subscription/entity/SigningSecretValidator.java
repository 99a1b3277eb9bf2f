package ca.gc.engagement.subscription.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class SigningSecretValidator implements ConstraintValidator<SigningSecret, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || WebhookSecret.key(value).isPresent();
  }
}
