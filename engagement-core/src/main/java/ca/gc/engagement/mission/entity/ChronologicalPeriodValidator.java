package ca.gc.engagement.mission.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.LocalDate;

public class ChronologicalPeriodValidator
    extends PeriodOrder<ChronologicalPeriod, MissionDraft, LocalDate> {

  public ChronologicalPeriodValidator() {
    super("endDate", true);
  }

  @Override
  protected LocalDate start(MissionDraft draft) {
    return draft.startDate();
  }

  @Override
  protected LocalDate end(MissionDraft draft) {
    return draft.endDate();
  }
}
