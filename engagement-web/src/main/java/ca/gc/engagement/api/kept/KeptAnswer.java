package ca.gc.engagement.api.kept;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET whose JSON answer may be kept and given again, unchanged, to the same caller asking
 * the same thing, for as long as nothing on file has changed ({@link KeptAnswers}). Only for
 * answers made from stored records and the caller alone.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeptAnswer {}
