package ca.gc.engagement.briefing.entity;

import ca.gc.engagement.security.entity.Classification;
import java.util.Collection;
import java.util.Comparator;

/**
 * A part of a briefing book that carries a classification marking: the level of what it shows. A
 * section, and the book itself, is marked at the level of its most sensitive part.
 */
public interface Marked {

  Classification marking();

  /** The highest marking among the parts; UNCLASSIFIED for none. */
  static Classification highest(Collection<? extends Marked> parts) {
    return parts.stream()
        .map(Marked::marking)
        .max(Comparator.naturalOrder())
        .orElse(Classification.UNCLASSIFIED);
  }

  /** The higher of two markings. */
  static Classification higher(Classification a, Classification b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
