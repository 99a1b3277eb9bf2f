package ca.gc.engagement.mission.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A mission ends on or after the day it starts; the violation is reported on {@code endDate}. */
@Documented
@Constraint(validatedBy = ChronologicalPeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ChronologicalPeriod {

  String message() default "{ca.gc.engagement.mission.ChronologicalPeriod.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
