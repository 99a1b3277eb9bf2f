package ca.gc.engagement.subscription.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a subscription's deliveries, newest first: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record DeliveryPageRepresentation(
    List<DeliveryRepresentation> items, int page, int size, long total) {}
