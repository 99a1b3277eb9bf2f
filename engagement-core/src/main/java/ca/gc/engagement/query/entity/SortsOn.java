package ca.gc.engagement.query.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated String, when given, is an {@link Order} on one of the fields of the enum {@link
 * #value()} ("dueDate", "name,desc"); the message lists those fields. Null and blank are no sort:
 * the list's own order.
 */
@Documented
@Constraint(validatedBy = SortsOnValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SortsOn {

  /** The fields the list sorts on. */
  Class<? extends Enum<?>> value();

  String message() default "{ca.gc.engagement.query.sort.oneOf}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
