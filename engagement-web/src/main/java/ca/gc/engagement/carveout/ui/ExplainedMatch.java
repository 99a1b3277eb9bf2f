package ca.gc.engagement.carveout.ui;

import ca.gc.engagement.carveout.entity.CarveOutMode;
import ca.gc.engagement.carveout.entity.MatchKind;
import java.io.Serializable;

/**
 * One match of a screening as a desk officer reads it: the carve-out by name (and its id, to link
 * to it), what it does, what matched and the sentence that says why, in the page's language.
 */
public record ExplainedMatch(
    Long carveOutId,
    String carveOutCode,
    String carveOutName,
    CarveOutMode mode,
    MatchKind kind,
    String value,
    String valueLabel,
    String reason)
    implements Serializable {}
