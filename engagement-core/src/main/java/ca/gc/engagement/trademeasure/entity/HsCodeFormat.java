package ca.gc.engagement.trademeasure.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated String is an HS code in one of the notations {@link HsCode} accepts; null is left
 * to {@code @NotBlank}. A refused range says what is wrong with it (mixed kinds, descending).
 */
@Documented
@Constraint(validatedBy = HsCodeFormatValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HsCodeFormat {

  String message() default "{ca.gc.engagement.trademeasure.hsCode.format}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
