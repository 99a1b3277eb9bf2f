package ca.gc.engagement.subscription.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Every name is a kind the change feed knows; null and empty (every kind) are accepted. */
@Documented
@Constraint(validatedBy = KnownKindsValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface KnownKinds {

  String message() default "{ca.gc.engagement.subscription.kinds.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
