package ca.gc.engagement.feed.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed: {@code {items, next}}. */
@Schema(name = "ChangePage")
@JsonbPropertyOrder({"items", "next"})
public record ChangePageRepresentation(
    @Schema(description = "The entries, oldest first.") List<ChangeRepresentation> items,
    @Schema(
            description =
                "The cursor to continue from (also in Link rel=\"next\"): the last entry's, or the"
                    + " one given when nothing is new.")
        String next) {}
