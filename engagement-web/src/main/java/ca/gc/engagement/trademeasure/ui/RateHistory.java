package ca.gc.engagement.trademeasure.ui;

import ca.gc.engagement.trademeasure.entity.RateChange;
import ca.gc.engagement.trademeasure.entity.TradeMeasure;
import ca.gc.engagement.ui.Charts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A measure's rate over time as the dashboard and the measure's page draw it: a point at each rate
 * change, each rate holding until the next (a stepped line), and a last point on the measure's last
 * day, or today while it runs on, so that the current rate has its length too. The table beside the
 * chart lists the same changes.
 */
public final class RateHistory {

  private RateHistory() {}

  /** The Chart.js configuration; null for a measure that states no rate (a ban, an exemption). */
  public static String chart(
      TradeMeasure measure, LocalDate today, Locale locale, String series, String axis) {
    List<RateChange> changes = measure.getRates();
    if (changes.isEmpty()) {
      return null;
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    List<String> days = new ArrayList<>();
    List<BigDecimal> rates = new ArrayList<>();
    for (RateChange change : changes) {
      days.add(day.format(change.getEffectiveFrom()));
      rates.add(RateRow.plain(change.getRate()));
    }
    LocalDate last = changes.get(changes.size() - 1).getEffectiveFrom();
    LocalDate end = measure.getInForceUntil() != null ? measure.getInForceUntil() : today;
    if (end.isAfter(last)) {
      days.add(day.format(end));
      rates.add(rates.get(rates.size() - 1));
    }
    return Charts.steps(days, new Charts.Series(series, rates), axis);
  }
}
