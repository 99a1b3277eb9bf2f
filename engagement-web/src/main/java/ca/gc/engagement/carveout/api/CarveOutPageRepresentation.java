package ca.gc.engagement.carveout.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of carve-outs: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record CarveOutPageRepresentation(
    List<CarveOutRepresentation> items, int page, int size, long total) {}
