package ca.gc.engagement.records.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No text holds a character {@link HostileText} refuses. On a service parameter's type (every
 * {@code *Draft}, which the architecture test checks), it checks every text of the value: each
 * String component of the record, inside lists, sets and nested records or objects of the
 * application; a nested type that carries this constraint itself is left to its own (it is
 * validated where it is {@code @Valid}). Each bad text is reported by its path ({@code
 * participants[0].role}), so both clients show the message next to the field. On a String parameter
 * ({@code readout}) it checks that text.
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.class)
@Target({TYPE, PARAMETER, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface SafeText {

  String message() default "{ca.gc.engagement.text.refused}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
