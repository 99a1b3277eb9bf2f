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

/** A secret of the Standard Webhooks form ({@link WebhookSecret}); null is left to @NotNull. */
@Documented
@Constraint(validatedBy = SigningSecretValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SigningSecret {

  String message() default "{ca.gc.engagement.subscription.secret.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
