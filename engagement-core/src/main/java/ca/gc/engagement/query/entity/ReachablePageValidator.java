package ca.gc.engagement.query.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ReachablePageValidator implements ConstraintValidator<ReachablePage, PageRequest> {

  @Override
  public boolean isValid(PageRequest request, ConstraintValidatorContext context) {
    if (request == null || request.page() < 0 || request.size() < 1 || request.reachable()) {
      return true; // the other constraints speak for a negative page or an empty size
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("page")
        .addConstraintViolation();
    return false;
  }
}
