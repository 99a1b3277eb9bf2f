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
 * The annotated String, when given, names a constant of the enum {@link #value()}, exactly as
 * written ("ARCHIVED"): a status a list is filtered by. The message lists the constants. Null and
 * blank are no filter.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface OneOf {

  Class<? extends Enum<?>> value();

  String message() default "{ca.gc.engagement.query.status.oneOf}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
