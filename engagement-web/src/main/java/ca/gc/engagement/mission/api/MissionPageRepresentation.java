package ca.gc.engagement.mission.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of missions: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record MissionPageRepresentation(
    List<MissionRepresentation> items, int page, int size, long total) {}
