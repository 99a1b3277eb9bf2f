package ca.gc.engagement.query.entity;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * A refused choice reported with the choices there are: the constraint's own message (which ends
 * with a colon) followed by the list, "Filter by one of these statuses: ACTIVE, ARCHIVED."
 */
final class ListedChoices {

  private ListedChoices() {}

  /** Always false: the value is not one of the choices. */
  static boolean report(ConstraintValidatorContext context, List<String> choices) {
    context.disableDefaultConstraintViolation();
    // The choices are enum names (letters, digits, underscores): nothing the interpolator reads.
    context
        .buildConstraintViolationWithTemplate(
            context.getDefaultConstraintMessageTemplate() + " " + String.join(", ", choices) + ".")
        .addConstraintViolation();
    return false;
  }
}
