package ca.gc.engagement.meeting.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An IANA time zone name such as Asia/Shanghai or America/Toronto; null is left to @NotBlank. */
@Documented
@Constraint(validatedBy = TimeZoneIdValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface TimeZoneId {

  String message() default "{ca.gc.engagement.meeting.timeZone.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
