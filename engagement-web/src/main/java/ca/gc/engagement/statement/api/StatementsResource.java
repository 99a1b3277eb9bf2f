package ca.gc.engagement.statement.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
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
 * {@code /api/v1/statements}: list and search, read, record, revise, and the history of statements.
 * No delete: {@code POST /{id}/withdrawal} (with {@code If-Match}) withdraws a statement, which
 * stays on file and in every list with its status.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "statements",
    description =
        "What stakeholders said, with its stance, sectors and published source; withdrawn rather than deleted.")
public class StatementsResource {

  @EJB StatementService statements;

  @Context UriInfo uriInfo;

  /** Statements matching {@code q, country, sector, status, from, to}, paged and sorted. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List statements",
      description =
          "The statements the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public StatementPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.criteria(ListParameters.EVERY_CRITERION).search(StatementStatus.class);
    return parameters.page(
        request -> statements.search(query, request),
        StatementRepresentation::of,
        StatementPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a statement",
      description =
          "The statement with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a statement",
      description =
          "Records what a stakeholder said (officers): the day, their stance, the sectors it is about, the text and its published source. Answers 201 with the statement, its Location and its ETag.")
  public Response record(StatementRequest request) {
    return records().created(uriInfo, statements.record(RequestBodies.required(request).toDraft()));
  }

  /**
   * Replaces the statement's content; {@code If-Match} names the version the change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a statement",
      description =
          "Replaces the statement's content with the body's (officers); If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StatementRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> statements.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** Instead of a delete: the statement is withdrawn and stays on file. */
  @POST
  @Path("{id}/withdrawal")
  @Operation(
      summary = "Withdraw a statement",
      description = "Instead of a delete: the statement is WITHDRAWN and stays on file. No body.")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> statements.withdraw(id, version));
  }

  /** Who changed the statement, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a statement's history",
      description =
          "Every revision of the statement: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Statement> records() {
    return RecordEndpoint.of(
        Statement.KIND, statements::find, statements::history, StatementRepresentation::of);
  }
}
