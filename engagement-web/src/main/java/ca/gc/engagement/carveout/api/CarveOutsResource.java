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

/**
 * {@code /api/v1/carve-outs}: the policies proposals are screened against. Everyone reads them (at
 * or below their clearance); administrators declare ({@code POST}), revise ({@code PUT /{id}}) and
 * retire them. No delete: {@code POST /{id}/retirement} ends a carve-out for good, and it stays on
 * file to explain past screenings.
 */
@Path("carve-outs")
@Produces(MediaType.APPLICATION_JSON)
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
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  /** Declares a carve-out (administrators); it screens proposals from its first day. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
  public Response retire(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return records().changed(id, ifMatch, version -> carveOuts.retire(id, version));
  }

  /** Who changed the carve-out, what, and when. */
  @GET
  @Path("{id}/history")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<CarveOut> records() {
    return RecordEndpoint.of(
        CarveOut.KIND, carveOuts::find, carveOuts::history, CarveOutRepresentation::of);
  }
}
