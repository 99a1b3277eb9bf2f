package ca.gc.engagement.country.entity;

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
 * The annotated String is an ISO 3166-1 alpha-2 country code; null and blank are left to
 * {@code @NotBlank}, so a missing value gets one message. Usable on collection elements: {@code
 * Set<@IsoCountry String> parties}.
 */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoCountry {

  String message() default "{ca.gc.engagement.country.IsoCountry.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
