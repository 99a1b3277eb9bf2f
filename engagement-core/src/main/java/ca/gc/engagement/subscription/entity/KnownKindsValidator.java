package ca.gc.engagement.subscription.entity;

import ca.gc.engagement.feed.entity.FeedKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** The feed's kinds, by the names API v1 gives their collections ({@code trade-measures}). */
public class KnownKindsValidator implements ConstraintValidator<KnownKinds, Collection<String>> {

  @Override
  public boolean isValid(Collection<String> value, ConstraintValidatorContext context) {
    return value == null
        || value.stream().allMatch(kind -> kind == null || FeedKind.ofCollection(kind).isPresent());
  }
}
