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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/meetings}: list and search, read, schedule, revise, and the history of meetings.
 * No delete: a meeting's lifecycle is {@code POST /{id}/readout} (it was held, with what came of
 * it) or {@code POST /{id}/cancellation}, both with {@code If-Match}; either way it stays on file.
 * Every meeting comes with its carve-out flags, computed for a whole page at once.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "meetings",
    description =
        "Meetings, of a mission or on their own, in the time zone they are held in, with their participants and topics: held with a readout, or cancelled.")
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
  @Operation(
      summary = "List meetings",
      description =
          "The meetings the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows). Also as iCalendar (Accept: text/calendar or ?format=ics). The JSON answer carries an ETag: sent back as If-None-Match, it answers 304 while the list is unchanged.")
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
  @Operation(
      summary = "Read a meeting",
      description =
          "The meeting with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule a meeting",
      description =
          "Records a new meeting, SCHEDULED (officers): its start and end as instants with the time zone it is held in, its participants (stakeholders and their side) and its topics (sector codes). Answers 201 with the meeting, its Location and its ETag.")
  public Response schedule(MeetingRequest request) {
    return records().created(uriInfo, meetings.schedule(RequestBodies.required(request).toDraft()));
  }

  /** Replaces the meeting's content; {@code If-Match} names the version the change was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a meeting",
      description =
          "Replaces the meeting's content with the body's (officers); If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
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
  @Operation(
      summary = "Record a meeting's readout",
      description =
          "The meeting was held: the body's readout says what came of it, and the meeting is HELD.")
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
  @Operation(
      summary = "Cancel a meeting",
      description = "The meeting will not take place: it stays on file, CANCELLED. No body.")
  public Response cancel(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> meetings.cancel(id, version));
  }

  /** Who changed the meeting, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a meeting's history",
      description =
          "Every revision of the meeting: its number, when, by whom, the change and the fields it touched.")
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
