package ca.gc.engagement.refusal.entity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A decimal as the reader writes it: "12.5" in English, "12,5" in French; no grouping and no
 * rounding, so the English reads as it always did.
 */
public record Figure(BigDecimal value) implements Localized {

  private static final long serialVersionUID = 1L;

  @Override
  public String in(Locale locale) {
    DecimalFormat format =
        new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value.stripTrailingZeros());
  }
}
