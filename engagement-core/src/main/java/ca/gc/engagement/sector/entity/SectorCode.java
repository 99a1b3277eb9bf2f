package ca.gc.engagement.sector.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated String has the form of a sector code of the public contract (AGRI_FOOD,
 * CRITICAL_MINERALS: capitals, digits and underscores). Whether the sector exists is the sector
 * catalogue's to say, in the services. Reported as one violation with this constraint's message,
 * not the pattern's.
 */
@Documented
@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SectorCode {

  String message() default "{ca.gc.engagement.sector.SectorCode.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
