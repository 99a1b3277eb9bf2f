package ca.gc.engagement.followup.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.followup.entity.FollowUp;
import ca.gc.engagement.followup.entity.FollowUpQuery;
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
 * {@code /api/v1/follow-ups}: list, read, record, revise, and the history of follow-ups. No delete:
 * a follow-up is closed with {@code POST /{id}/completion} (DONE) or {@code POST /{id}/drop}
 * (DROPPED), and opened again with {@code POST /{id}/reopening}, each with {@code If-Match} and no
 * body; every step stays on its history.
 */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "follow-ups",
    description = "What is to be done after a mission, meeting or agreement, by whom and by when.")
public class FollowUpsResource {

  @EJB FollowUpService followUps;

  @Context UriInfo uriInfo;

  /**
   * Follow-ups matching {@code q} (description), {@code status} and {@code from}/{@code to} (due
   * date), soonest due first unless sorted by dueDate, owner or status.
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List follow-ups",
      description =
          "The follow-ups the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public FollowUpPageRepresentation list(@BeanParam ListParameters parameters) {
    var given = parameters.criteria("q", "status", "from", "to", "sort");
    var query =
        new FollowUpQuery(given.q(), given.status(), given.from(), given.to(), given.sort());
    return parameters.page(
        request -> followUps.list(query, request),
        FollowUpRepresentation::of,
        FollowUpPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a follow-up",
      description =
          "The follow-up with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a follow-up",
      description =
          "Records a new follow-up, OPEN (officers): what is to be done, after which mission, meeting or agreement, by whom and by when. Answers 201 with the follow-up, its Location and its ETag.")
  public Response record(FollowUpRequest request) {
    return records().created(uriInfo, followUps.record(RequestBodies.required(request).toDraft()));
  }

  /** Replaces the follow-up's content; {@code If-Match} names the version it was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a follow-up",
      description =
          "Replaces the follow-up's content with the body's (officers); If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      FollowUpRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> followUps.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** Done: OPEN to DONE. */
  @POST
  @Path("{id}/completion")
  @Operation(summary = "Complete a follow-up", description = "Done: OPEN to DONE. No body.")
  public Response complete(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> followUps.complete(id, version));
  }

  /** No longer to be done: OPEN to DROPPED. */
  @POST
  @Path("{id}/drop")
  @Operation(
      summary = "Drop a follow-up",
      description = "No longer to be done: OPEN to DROPPED; it stays on file. No body.")
  public Response drop(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> followUps.drop(id, version));
  }

  /** To be done after all: DONE or DROPPED back to OPEN. */
  @POST
  @Path("{id}/reopening")
  @Operation(
      summary = "Reopen a follow-up",
      description = "To be done after all: DONE or DROPPED back to OPEN. No body.")
  public Response reopen(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> followUps.reopen(id, version));
  }

  /** Who changed the follow-up, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a follow-up's history",
      description =
          "Every revision of the follow-up: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<FollowUp> records() {
    return RecordEndpoint.of(
        FollowUp.KIND, followUps::find, followUps::history, FollowUpRepresentation::of);
  }
}
