package ca.gc.engagement.carveout.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A carve-out that ends, ends on or after the day it takes effect; the violation is reported on
 * {@code effectiveUntil}.
 */
@Documented
@Constraint(validatedBy = EffectivePeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface EffectivePeriod {

  String message() default "{ca.gc.engagement.carveout.EffectivePeriod.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
