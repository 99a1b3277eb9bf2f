package ca.gc.engagement.meeting.api;

import ca.gc.engagement.api.EntityTags;
import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordResponses;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.api.kept.KeptAnswer;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/meetings}: list and search, read, schedule, revise, and the history of meetings.
 * No delete: a meeting's lifecycle is {@code POST /{id}/readout} (it was held, with what came of
 * it) or {@code POST /{id}/cancellation}, both with {@code If-Match}; either way it stays on file.
 * Every meeting comes with its carve-out flags, computed for a whole page at once.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  @EJB MeetingService meetings;

  @Context UriInfo uriInfo;

  /**
   * Meetings matching {@code q, country, sector, status, from, to}, paged and sorted. The JSON
   * answer is kept for its caller while nothing changes, and tagged: {@code If-None-Match} with its
   * ETag answers 304 while it is current.
   */
  @GET
  @KeptAnswer
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV, Exports.TEXT_CALENDAR})
  public MeetingPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.query();
    return parameters.page(
        request -> {
          var found = meetings.search(query, request);
          List<ScreeningResult> flags = meetings.carveOutFlags(found.items());
          List<MeetingRepresentation> items = new ArrayList<>();
          for (int i = 0; i < found.items().size(); i++) {
            items.add(MeetingRepresentation.of(found.items().get(i), flags.get(i)));
          }
          return new MeetingPageRepresentation(items, found.page(), found.size(), found.total());
        });
  }

  @GET
  @Path("{id}")
  @KeptAnswer
  public Response read(@PathParam("id") long id) {
    return answer(meetings.find(id).orElseThrow(() -> notFound(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response schedule(MeetingRequest request) {
    Meeting meeting = meetings.schedule(required(request).toDraft());
    return RecordResponses.created(uriInfo, meeting, representation(meeting));
  }

  /** Replaces the meeting's content; {@code If-Match} names the version the change was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MeetingRequest request) {
    long version = EntityTags.versionFrom(ifMatch, id);
    return answer(meetings.revise(id, version, required(request).toDraft()));
  }

  /** The meeting was held; the body's {@code readout} says what came of it. */
  @POST
  @Path("{id}/readout")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ReadoutRequest request) {
    long version = EntityTags.versionFrom(ifMatch, id);
    return answer(meetings.hold(id, version, required(request).readout()));
  }

  /** The meeting will not take place; it stays on file, cancelled. */
  @POST
  @Path("{id}/cancellation")
  public Response cancel(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    long version = EntityTags.versionFrom(ifMatch, id);
    return answer(meetings.cancel(id, version));
  }

  /** Who changed the meeting, what, and when. */
  @GET
  @Path("{id}/history")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return RevisionRepresentation.of(meetings.history(id));
  }

  private Response answer(Meeting meeting) {
    return RecordResponses.current(meeting, representation(meeting));
  }

  private MeetingRepresentation representation(Meeting meeting) {
    return MeetingRepresentation.of(meeting, meetings.carveOutFlags(meeting));
  }

  private static <T> T required(T request) {
    if (request == null) {
      throw new BadRequestException("The request needs a JSON body.");
    }
    return request;
  }

  private static RecordNotFoundException notFound(long id) {
    return new RecordNotFoundException(Meeting.KIND, id);
  }
}
