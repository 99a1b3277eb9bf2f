package ca.gc.engagement.stakeholder.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderQuery;
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
 * {@code /api/v1/stakeholders}: list, read, record, revise, and the history of stakeholders. No
 * delete: {@code POST /stakeholders/{id}/archival} archives a stakeholder, who stays on file with
 * everything they said.
 */
@Path("stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "stakeholders",
    description =
        "The people and organisations the department deals with, by jurisdiction; archived rather than deleted.")
public class StakeholdersResource {

  @EJB StakeholderService stakeholders;

  @Context UriInfo uriInfo;

  /**
   * Stakeholders matching {@code q} (name or organisation), {@code country} (of the jurisdiction:
   * CA takes in CA-SK) and {@code status}, sorted by name, organisation, jurisdiction or status.
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List stakeholders",
      description =
          "The stakeholders the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public StakeholderPageRepresentation list(@BeanParam ListParameters parameters) {
    var given = parameters.criteria("q", "country", "status", "sort");
    var query = new StakeholderQuery(given.q(), given.country(), given.status(), given.sort());
    return parameters.page(
        request -> stakeholders.list(query, request),
        StakeholderRepresentation::of,
        StakeholderPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a stakeholder",
      description =
          "The stakeholder with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a stakeholder",
      description =
          "Records a new stakeholder (officers): a person or organisation, their title and the jurisdiction they answer to. Answers 201 with the stakeholder, its Location and its ETag.")
  public Response record(StakeholderRequest request) {
    return records()
        .created(uriInfo, stakeholders.record(RequestBodies.required(request).toDraft()));
  }

  /** Replaces the stakeholder's content; {@code If-Match} names the version it was made on. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a stakeholder",
      description =
          "Replaces the stakeholder's content with the body's (officers); If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StakeholderRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> stakeholders.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** Archives the stakeholder (no statement can be recorded for them after); no body. */
  @POST
  @Path("{id}/archival")
  @Operation(
      summary = "Archive a stakeholder",
      description =
          "The stakeholder is ARCHIVED: no statement can be recorded for them after, and they stay on file. No body.")
  public Response archive(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> stakeholders.archive(id, version));
  }

  /** Who changed the stakeholder, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a stakeholder's history",
      description =
          "Every revision of the stakeholder: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Stakeholder> records() {
    return RecordEndpoint.of(
        Stakeholder.KIND, stakeholders::find, stakeholders::history, StakeholderRepresentation::of);
  }
}
