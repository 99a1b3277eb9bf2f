package ca.gc.engagement.meeting.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A meeting ends after it starts; the violation is reported on {@code endsAt}. */
@Documented
@Constraint(validatedBy = MeetingPeriodValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MeetingPeriod {

  String message() default "{ca.gc.engagement.meeting.MeetingPeriod.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
