package ca.gc.engagement.country.entity;

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

/** The annotated String is an ISO 3166-1 alpha-2 country code; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface IsoCountry {

  String message() default "{ca.gc.engagement.country.IsoCountry.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
