package ca.gc.engagement.carveout.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A carve-out names at least one sector, region or keyword: one that names none would never match
 * and would give a false sense of protection. Reported on {@code sectors}.
 */
@Documented
@Constraint(validatedBy = CoversSomethingValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CoversSomething {

  String message() default "{ca.gc.engagement.carveout.CoversSomething.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
