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

/**
 * {@code /api/v1/statements}: list and search, read, record, revise, and the history of statements.
 * No delete: {@code POST /{id}/withdrawal} (with {@code If-Match}) withdraws a statement, which
 * stays on file and in every list with its status.
 */
@Path("statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementsResource {

  @EJB StatementService statements;

  @Context UriInfo uriInfo;

  /** Statements matching {@code q, country, sector, status, from, to}, paged and sorted. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  public StatementPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.criteria(ListParameters.EVERY_CRITERION).search(StatementStatus.class);
    return parameters.page(
        request -> statements.search(query, request),
        StatementRepresentation::of,
        StatementPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response record(StatementRequest request) {
    return records().created(uriInfo, statements.record(RequestBodies.required(request).toDraft()));
  }

  /**
   * Replaces the statement's content; {@code If-Match} names the version the change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> statements.withdraw(id, version));
  }

  /** Who changed the statement, what, and when. */
  @GET
  @Path("{id}/history")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Statement> records() {
    return RecordEndpoint.of(
        Statement.KIND, statements::find, statements::history, StatementRepresentation::of);
  }
}
