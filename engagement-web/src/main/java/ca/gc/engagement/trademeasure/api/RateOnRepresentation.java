package ca.gc.engagement.trademeasure.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The answer of {@code GET /trade-measures/{id}/rate?on=}: the rate that applied that day. */
@JsonbPropertyOrder({"on", "rate"})
public record RateOnRepresentation(LocalDate on, BigDecimal rate) {}
