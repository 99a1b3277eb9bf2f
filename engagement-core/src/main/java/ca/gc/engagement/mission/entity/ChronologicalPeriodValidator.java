package ca.gc.engagement.mission.entity;

import ca.gc.engagement.records.entity.PeriodOrder;
import java.time.LocalDate;

/** A mission ends on or after its first day. */
public class ChronologicalPeriodValidator
    extends PeriodOrder<ChronologicalPeriod, MissionDraft, LocalDate> {

  public ChronologicalPeriodValidator() {
    super("endDate", true, MissionDraft::startDate, MissionDraft::endDate);
  }
}
