package ca.gc.engagement.statement.entity;

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
 * The annotated date is not after today anywhere on Earth. A statement is dated the day it was made
 * where it was made: Beijing's Friday morning is still Thursday evening in Ottawa, and an officer
 * there must be able to record it ({@code @PastOrPresent} would judge by the server's zone and
 * refuse it). Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = NotAfterTodayValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface NotAfterToday {

  String message() default "{ca.gc.engagement.statement.NotAfterToday.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
