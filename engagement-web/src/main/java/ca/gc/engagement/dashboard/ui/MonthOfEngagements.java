package ca.gc.engagement.dashboard.ui;

import ca.gc.engagement.search.entity.MonthlyCount;
import ca.gc.engagement.search.entity.RecordKind;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One month of the engagements chart and of its table: the missions that started and the meetings
 * that were held or scheduled in it. Every month of the period has its line, none at 0.
 */
public record MonthOfEngagements(YearMonth month, long missions, long meetings)
    implements Serializable {

  public long total() {
    return missions + meetings;
  }

  /** The months from {@code first} to {@code last}, both included, with their counts. */
  public static List<MonthOfEngagements> of(
      List<MonthlyCount> counts, YearMonth first, YearMonth last) {
    List<MonthOfEngagements> months = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(
          new MonthOfEngagements(
              month,
              count(counts, RecordKind.MISSION, month),
              count(counts, RecordKind.MEETING, month)));
    }
    return months;
  }

  private static long count(List<MonthlyCount> counts, RecordKind kind, YearMonth month) {
    return counts.stream()
        .filter(c -> c.kind() == kind && c.month().equals(month))
        .mapToLong(MonthlyCount::count)
        .sum();
  }
}
