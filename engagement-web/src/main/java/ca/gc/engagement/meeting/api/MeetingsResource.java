package ca.gc.engagement.meeting.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.api.kept.KeptAnswer;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import jakarta.ejb.EJB;
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
    var query = parameters.criteria(ListParameters.EVERY_CRITERION).search(MeetingStatus.class);
    return parameters.page(
        request -> meetings.search(query, request),
        meetings::carveOutFlags,
        MeetingRepresentation::of,
        MeetingPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @KeptAnswer
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response schedule(MeetingRequest request) {
    return records().created(uriInfo, meetings.schedule(RequestBodies.required(request).toDraft()));
  }

  /** Replaces the meeting's content; {@code If-Match} names the version the change was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MeetingRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> meetings.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** The meeting was held; the body's {@code readout} says what came of it. */
  @POST
  @Path("{id}/readout")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ReadoutRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> meetings.hold(id, version, RequestBodies.required(request).readout()));
  }

  /** The meeting will not take place; it stays on file, cancelled. */
  @POST
  @Path("{id}/cancellation")
  public Response cancel(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> meetings.cancel(id, version));
  }

  /** Who changed the meeting, what, and when. */
  @GET
  @Path("{id}/history")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Meeting> records() {
    return RecordEndpoint.of(Meeting.KIND, meetings::find, meetings::history, this::representation);
  }

  private MeetingRepresentation representation(Meeting meeting) {
    return MeetingRepresentation.of(meeting, meetings.carveOutFlags(meeting));
  }
}
