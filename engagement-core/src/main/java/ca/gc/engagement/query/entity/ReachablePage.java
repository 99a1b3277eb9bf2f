package ca.gc.engagement.query.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A page whose rows lie within what a query can address: its last row, {@code page × size + size −
 * 1}, is at most {@link Integer#MAX_VALUE} (the offset and limit JPA takes are ints). A page number
 * beyond that is no list's page; it was an overflow and a 500. Reported on {@code page}.
 */
@Documented
@Constraint(validatedBy = ReachablePageValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReachablePage {

  String message() default "{ca.gc.engagement.query.page.reachable}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
