package ca.gc.engagement.feed.api;

import ca.gc.engagement.api.InvalidParametersException;
import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.Problem;
import ca.gc.engagement.feed.boundary.ChangeFeed;
import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.feed.entity.FeedKind;
import ca.gc.engagement.feed.entity.FeedPage;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/changes}: every record created or changed, in the order the changes were
 * committed, for a consumer that keeps its own copy in sync (decision 0036). Only records the
 * caller may see now; every signed-in account reads it.
 */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "changes",
    description =
        "The change feed: every record created or changed, in commit order, to stay in sync.")
public class ChangesResource {

  static final int DEFAULT_SIZE = 50;

  @EJB ChangeFeed feed;

  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary = "What was created or changed since a cursor",
      description =
          "The entries after the cursor given as after= (from the beginning without it: a first"
              + " full sync), oldest first in commit order, of the kinds asked for (all without"
              + " kinds=), only of records the caller may see now. Continue from next (also the"
              + " Link rel=\"next\" header); an empty page keeps the cursor, so poll with it.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the feed",
      headers =
          @Header(
              name = "Link",
              description = "<the same query from next>; rel=\"next\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangePageRepresentation.class)))
  public Response changes(
      @QueryParam("after")
          @Parameter(
              description =
                  "A cursor from an earlier answer (an entry's cursor or next); the beginning"
                      + " when not given.")
          String after,
      @QueryParam("size")
          @Parameter(
              description = "Entries per page, 1 to 200 (50 when not given).",
              example = "200",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "200",
                      defaultValue = "50"))
          String size,
      @QueryParam("kinds")
          @Parameter(
              description =
                  "A comma-separated list of collections (missions, meetings, agreements,"
                      + " stakeholders, statements, trade-measures, follow-ups, carve-outs); all"
                      + " when not given.",
              example = "missions,meetings")
          String kinds) {
    List<Problem.FieldError> errors =
        new ArrayList<>(ListParameters.notTaken(uriInfo, "after", "size", "kinds"));
    long position = position(after, errors);
    int pageSize =
        ListParameters.number("size", size, DEFAULT_SIZE, 1, PageRequest.MAX_SIZE, errors);
    Set<FeedKind> asked = kinds(kinds, errors);
    if (!errors.isEmpty()) {
      throw new InvalidParametersException(errors);
    }
    FeedPage page = feed.after(position, asked, pageSize);
    String next = FeedCursor.of(page.next());
    return Response.ok(
            new ChangePageRepresentation(
                page.entries().stream().map(e -> ChangeRepresentation.of(e, uriInfo)).toList(),
                next))
        .link(uriInfo.getRequestUriBuilder().replaceQueryParam("after", next).build(), "next")
        .build();
  }

  private static long position(String after, List<Problem.FieldError> errors) {
    if (after == null) {
      return 0;
    }
    OptionalLong position = FeedCursor.position(after);
    if (position.isEmpty()) {
      errors.add(
          new Problem.FieldError(
              "after", "Give a cursor as this feed gave it (an entry's cursor or next)."));
      return 0;
    }
    return position.getAsLong();
  }

  private static Set<FeedKind> kinds(String kinds, List<Problem.FieldError> errors) {
    Set<FeedKind> asked = EnumSet.noneOf(FeedKind.class);
    if (kinds == null || kinds.isBlank()) {
      return asked;
    }
    boolean unknown = false;
    for (String name : kinds.split(",", -1)) {
      Optional<FeedKind> kind = FeedKind.ofCollection(name.strip());
      kind.ifPresent(asked::add);
      unknown |= kind.isEmpty();
    }
    if (unknown) {
      // The value is not repeated: it is the caller's text, and may hold anything.
      errors.add(
          new Problem.FieldError(
              "kinds",
              "Give one or more of "
                  + Arrays.stream(FeedKind.values())
                      .map(FeedKind::collection)
                      .collect(Collectors.joining(", "))
                  + ", separated by commas."));
    }
    return asked;
  }
}
