package ca.gc.engagement.carveout.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.CarveOutQuery;
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
 * {@code /api/v1/carve-outs}: the policies proposals are screened against. Everyone reads them (at
 * or below their clearance); administrators declare ({@code POST}), revise ({@code PUT /{id}}) and
 * retire them. No delete: {@code POST /{id}/retirement} ends a carve-out for good, and it stays on
 * file to explain past screenings.
 */
@Path("carve-outs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "carve-outs",
    description =
        "The sectors, regions, keywords and countries that are off limits for agreements (national security, the Arctic), declared and retired by administrators.")
public class CarveOutsResource {

  @EJB CarveOutService carveOuts;

  @Context UriInfo uriInfo;

  /**
   * Carve-outs matching {@code q} (code or name), {@code country} (one they apply to), {@code
   * sector} (one they name, or one within it), {@code status} and {@code from}/{@code to} (first
   * day in effect), by code unless sorted by code, name, effectiveFrom or status.
   */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List carve-outs",
      description =
          "The carve-outs the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public CarveOutPageRepresentation list(@BeanParam ListParameters parameters) {
    var given = parameters.criteria("q", "country", "sector", "status", "from", "to", "sort");
    var query =
        new CarveOutQuery(
            given.q(),
            given.country(),
            given.sector(),
            given.status(),
            given.from(),
            given.to(),
            given.sort());
    return parameters.page(
        request -> carveOuts.list(query, request),
        CarveOutRepresentation::of,
        CarveOutPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a carve-out",
      description =
          "The carve-out with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  /** Declares a carve-out (administrators); it screens proposals from its first day. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Declare a carve-out",
      description =
          "Records a new carve-out (administrators): the sectors, regions, keywords and countries it covers, from its first day in effect, and whether it prohibits an agreement or calls for review. It screens proposals from its first day. Answers 201 with the carve-out, its Location and its ETag.")
  public Response declare(CarveOutRequest request) {
    return records().created(uriInfo, carveOuts.declare(RequestBodies.required(request).toDraft()));
  }

  /**
   * Replaces the carve-out's content, its code aside (administrators); {@code If-Match} names the
   * version the change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a carve-out",
      description =
          "Replaces the carve-out's content with the body's, its code aside (administrators); If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      CarveOutRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> carveOuts.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /** Ends the carve-out for good (administrators); no body. */
  @POST
  @Path("{id}/retirement")
  @Operation(
      summary = "Retire a carve-out",
      description =
          "Ends the carve-out for good (administrators): it screens nothing from then on and stays on file, RETIRED. No body.")
  public Response retire(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> carveOuts.retire(id, version));
  }

  /** Who changed the carve-out, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a carve-out's history",
      description =
          "Every revision of the carve-out: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<CarveOut> records() {
    return RecordEndpoint.of(
        CarveOut.KIND, carveOuts::find, carveOuts::history, CarveOutRepresentation::of);
  }
}
