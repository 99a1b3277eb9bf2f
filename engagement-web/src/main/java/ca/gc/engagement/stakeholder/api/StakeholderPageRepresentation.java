package ca.gc.engagement.stakeholder.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of stakeholders: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record StakeholderPageRepresentation(
    List<StakeholderRepresentation> items, int page, int size, long total) {}
