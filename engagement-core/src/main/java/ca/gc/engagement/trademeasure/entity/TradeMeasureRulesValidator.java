package ca.gc.engagement.trademeasure.entity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

public class TradeMeasureRulesValidator
    implements ConstraintValidator<TradeMeasureRules, TradeMeasureDraft> {

  private static final String KEY = "{ca.gc.engagement.trademeasure.";

  @Override
  public boolean isValid(TradeMeasureDraft draft, ConstraintValidatorContext context) {
    if (draft == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    if (draft.imposingCountry() != null && draft.imposingCountry().equals(draft.targetCountry())) {
      valid = report(context, "targetCountry", "targetCountry.sameAsImposing}");
    }
    if (draft.inForceFrom() != null
        && draft.inForceUntil() != null
        && draft.inForceUntil().isBefore(draft.inForceFrom())) {
      valid = report(context, "inForceUntil", "inForceUntil.beforeFrom}");
    }
    if (draft.type() == TradeMeasureType.EXEMPTION && draft.exemptsFromId() == null) {
      valid = report(context, "exemptsFromId", "exemptsFromId.required}");
    }
    if (draft.type() != null
        && draft.type() != TradeMeasureType.EXEMPTION
        && draft.exemptsFromId() != null) {
      valid = report(context, "exemptsFromId", "exemptsFromId.notAnExemption}");
    }
    Set<LocalDate> days = new HashSet<>();
    boolean repeated = false;
    boolean outside = false;
    for (RateChangeDraft rate : draft.rates()) {
      if (rate == null || rate.effectiveFrom() == null) {
        continue;
      }
      repeated |= !days.add(rate.effectiveFrom());
      outside |=
          !TradeMeasure.withinPeriod(
              rate.effectiveFrom(), draft.inForceFrom(), draft.inForceUntil());
    }
    if (repeated) {
      valid = report(context, "rates", "rates.sameDay}");
    }
    if (outside) {
      valid = report(context, "rates", "rates.outsidePeriod}");
    }
    return valid;
  }

  private static boolean report(ConstraintValidatorContext context, String field, String key) {
    context
        .buildConstraintViolationWithTemplate(KEY + key)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }
}
