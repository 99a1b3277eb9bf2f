package ca.gc.engagement.subscription.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A receiver's URL the operator's allow-list takes ({@link ReceiverAllowList#allows}); null and
 * blank are left to @NotBlank.
 */
@Documented
@Constraint(validatedBy = AllowedReceiverValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface AllowedReceiver {

  String message() default "{ca.gc.engagement.subscription.url.notAllowed}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
