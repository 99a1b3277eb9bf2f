package ca.gc.engagement.feed.api;

import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.feed.entity.FeedEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed: {@code cursor, kind, id, change, at, href}. */
@Schema(name = "Change")
@JsonbPropertyOrder({"cursor", "kind", "id", "change", "at", "href"})
public record ChangeRepresentation(
    @Schema(description = "This entry's place in the feed: give it as after= to read what follows.")
        String cursor,
    @Schema(
            description = "The record's collection in API v1.",
            enumeration = {
              "missions",
              "meetings",
              "agreements",
              "stakeholders",
              "statements",
              "trade-measures",
              "follow-ups",
              "carve-outs"
            })
        String kind,
    @Schema(description = "The record's id in its collection.") long id,
    @Schema(
            description = "CREATED, or CHANGED (an edit or a step on its lifecycle).",
            enumeration = {"CREATED", "CHANGED"})
        String change,
    @Schema(description = "When the change was committed.") Instant at,
    @Schema(description = "The record's absolute address.") URI href) {

  static ChangeRepresentation of(FeedEntry entry, UriInfo uriInfo) {
    return new ChangeRepresentation(
        FeedCursor.of(entry.position()),
        entry.kind().collection(),
        entry.id(),
        entry.change().name(),
        entry.at(),
        uriInfo
            .getBaseUriBuilder()
            .path(entry.kind().collection())
            .path(String.valueOf(entry.id()))
            .build());
  }
}
