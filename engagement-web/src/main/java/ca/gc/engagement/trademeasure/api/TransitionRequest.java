package ca.gc.engagement.trademeasure.api;

import ca.gc.engagement.trademeasure.entity.TradeMeasureStatus;

/** The body of {@code POST /trade-measures/{id}/transitions}: the status the measure moves to. */
public record TransitionRequest(TradeMeasureStatus to) {}
