package ca.gc.engagement.meeting.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of meetings: {@code {items, page, size, total}}. */
@JsonbPropertyOrder({"items", "page", "size", "total"})
public record MeetingPageRepresentation(
    List<MeetingRepresentation> items, int page, int size, long total) {}
