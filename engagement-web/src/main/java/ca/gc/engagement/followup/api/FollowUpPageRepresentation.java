package ca.gc.engagement.followup.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of follow-ups: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record FollowUpPageRepresentation(
    List<FollowUpRepresentation> items, int page, int size, long total) {}
