package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.LocalDate;

public class EffectivePeriodValidator
    extends PeriodOrder<EffectivePeriod, CarveOutDraft, LocalDate> {

  public EffectivePeriodValidator() {
    super("effectiveUntil", true);
  }

  @Override
  protected LocalDate start(CarveOutDraft draft) {
    return draft.effectiveFrom();
  }

  @Override
  protected LocalDate end(CarveOutDraft draft) {
    return draft.effectiveUntil();
  }
}
