package ca.gc.engagement.followup.ui;

import ca.gc.engagement.followup.entity.OriginKind;
import java.util.Locale;

/**
 * A follow-up's origin as one choice of the form's picker ("MISSION-12"): kind and id are two
 * fields of the service but one decision of the officer, so that they can never disagree.
 */
record OriginChoice(OriginKind kind, long id) {

  /** The choice a picker value names; null for none or for a value that names none. */
  static OriginChoice of(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int dash = value.lastIndexOf('-');
    try {
      return new OriginChoice(
          OriginKind.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT)),
          Long.parseLong(value.substring(dash + 1)));
    } catch (IllegalArgumentException | IndexOutOfBoundsException notAChoice) {
      return null;
    }
  }

  static String value(OriginKind kind, long id) {
    return kind.name() + "-" + id;
  }

  String value() {
    return value(kind, id);
  }
}
