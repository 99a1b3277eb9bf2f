package ca.gc.engagement.subscription.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of the caller's subscriptions: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record SubscriptionPageRepresentation(
    List<SubscriptionRepresentation> items, int page, int size, long total) {}
