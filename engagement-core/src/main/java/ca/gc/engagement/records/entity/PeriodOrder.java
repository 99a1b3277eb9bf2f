package ca.gc.engagement.records.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;

/**
 * The one rule of every period a draft gives (a mission's dates, a carve-out's effect, a meeting's
 * times): it does not end before it starts. Missing ends are left to their own constraints. The
 * refusal names the end, the field a reader corrects.
 *
 * @param <A> the constraint on the draft
 * @param <D> the draft
 * @param <T> a point in time of the period
 */
public abstract class PeriodOrder<A extends Annotation, D, T extends Comparable<? super T>>
    implements ConstraintValidator<A, D> {

  private final String endProperty;
  private final boolean mayEndAsItStarts;

  /**
   * @param endProperty the draft's property that ends the period
   * @param mayEndAsItStarts whether a period may end at the point it starts (a one-day mission may;
   *     a meeting that ends as it starts is no meeting)
   */
  protected PeriodOrder(String endProperty, boolean mayEndAsItStarts) {
    this.endProperty = endProperty;
    this.mayEndAsItStarts = mayEndAsItStarts;
  }

  protected abstract T start(D draft);

  protected abstract T end(D draft);

  @Override
  public boolean isValid(D draft, ConstraintValidatorContext context) {
    if (draft == null || start(draft) == null || end(draft) == null) {
      return true;
    }
    int order = end(draft).compareTo(start(draft));
    if (order > 0 || (order == 0 && mayEndAsItStarts)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(endProperty)
        .addConstraintViolation();
    return false;
  }
}
