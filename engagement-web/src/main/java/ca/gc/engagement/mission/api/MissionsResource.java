package ca.gc.engagement.mission.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
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

/** {@code /api/v1/missions}: list and search, read, plan, revise, and the history of missions. */
@Path("missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "missions",
    description =
        "Trade and diplomatic missions: their lifecycle (PLANNED → UNDERWAY → COMPLETED, or CANCELLED), the timeline of their meetings and their briefing book.")
public class MissionsResource {

  @EJB MissionService missions;

  @Context UriInfo uriInfo;

  /** Missions matching {@code q, country, sector, status, from, to}, paged and sorted. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List missions",
      description =
          "The missions the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public MissionPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.criteria(ListParameters.EVERY_CRITERION).search(MissionStatus.class);
    return parameters.page(
        request -> missions.search(query, request),
        MissionRepresentation::of,
        MissionPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a mission",
      description =
          "The mission with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Plan a mission",
      description =
          "Records a new mission, PLANNED (officers). Answers 201 with the mission, its Location and its ETag.")
  public Response plan(MissionRequest request) {
    return records().created(uriInfo, missions.plan(RequestBodies.required(request).toDraft()));
  }

  /** Replaces the mission's content; {@code If-Match} names the version the change was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a mission",
      description =
          "Replaces the mission's content with the body's (officers); the status moves only by transitions; If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MissionRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> missions.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /**
   * Moves the mission on its lifecycle (PLANNED → UNDERWAY → COMPLETED, or CANCELLED before it
   * ends): a mission is cancelled, never deleted. A step the lifecycle lacks is a 409.
   */
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move a mission on its lifecycle",
      description =
          "PLANNED → UNDERWAY → COMPLETED, or CANCELLED before it ends: a mission is cancelled, never deleted. A step the lifecycle lacks is a 409.")
  public Response moveTo(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      MissionTransitionRequest transition) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> missions.moveTo(id, version, RequestBodies.required(transition).to()));
  }

  /** Who changed the mission, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a mission's history",
      description =
          "Every revision of the mission: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Mission> records() {
    return RecordEndpoint.of(
        Mission.KIND, missions::find, missions::history, MissionRepresentation::of);
  }
}
