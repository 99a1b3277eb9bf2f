package ca.gc.engagement.trademeasure.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of trade measures: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record TradeMeasurePageRepresentation(
    List<TradeMeasureRepresentation> items, int page, int size, long total) {}
