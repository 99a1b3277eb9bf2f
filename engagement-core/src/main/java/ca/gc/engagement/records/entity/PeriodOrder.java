package ca.gc.engagement.records.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Function;

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
  private final Function<D, T> start;
  private final Function<D, T> end;

  /**
   * @param endProperty the draft's property that ends the period
   * @param mayEndAsItStarts whether a period may end at the point it starts (a one-day mission may;
   *     a meeting that ends as it starts is no meeting)
   * @param start the draft's start
   * @param end the draft's end
   */
  protected PeriodOrder(
      String endProperty, boolean mayEndAsItStarts, Function<D, T> start, Function<D, T> end) {
    this.endProperty = endProperty;
    this.mayEndAsItStarts = mayEndAsItStarts;
    this.start = start;
    this.end = end;
  }

  @Override
  public boolean isValid(D draft, ConstraintValidatorContext context) {
    if (draft == null || start.apply(draft) == null || end.apply(draft) == null) {
      return true;
    }
    int order = end.apply(draft).compareTo(start.apply(draft));
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
