package ca.gc.engagement.trademeasure.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules of a trade measure draft that span several fields, each reported on the field to
 * correct: the target differs from the imposing country (targetCountry), the measure ends on or
 * after its first day (inForceUntil), an exemption and only an exemption names the measure it
 * relieves (exemptsFromId), and each rate change has its own day within the period (rates).
 */
@Documented
@Constraint(validatedBy = TradeMeasureRulesValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface TradeMeasureRules {

  String message() default "{ca.gc.engagement.trademeasure.rules}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
