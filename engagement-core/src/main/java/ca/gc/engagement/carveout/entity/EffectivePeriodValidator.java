package ca.gc.engagement.carveout.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.LocalDate;

/** A carve-out stops taking effect on or after the day it starts. */
public class EffectivePeriodValidator
    extends PeriodOrder<EffectivePeriod, CarveOutDraft, LocalDate> {

  public EffectivePeriodValidator() {
    super("effectiveUntil", true, CarveOutDraft::effectiveFrom, CarveOutDraft::effectiveUntil);
  }
}
