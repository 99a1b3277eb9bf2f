package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementStatus;
import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordEndpoint;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
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
 * {@code /api/v1/agreements}: list and search, read, propose, revise, and the history of
 * agreements, each screened against the carve-outs (a PROHIBITED one is refused with 422 and
 * nothing is kept). No delete: the lifecycle goes through {@code POST /{id}/transitions} ({@code
 * {to, on, justification}}; WITHDRAWN before signature), and an approver lets an agreement under
 * REVIEW go on to signature with {@code POST /{id}/exemptions}; both with {@code If-Match}.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "agreements",
    description =
        "Agreements with other countries, screened against the sector carve-outs, from PROPOSED through negotiation to signature.")
public class AgreementsResource {

  @EJB AgreementService agreements;

  @Context UriInfo uriInfo;

  /** Agreements matching {@code q, country, sector, status, from, to}, paged and sorted. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  @Operation(
      summary = "List agreements",
      description =
          "The agreements the caller may see (nothing above their clearance) that match the query parameters, a page at a time (size at most 200), sorted by sort; also as CSV (Accept: text/csv or ?format=csv, up to 10 000 rows).")
  public AgreementPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.criteria(ListParameters.EVERY_CRITERION).search(AgreementStatus.class);
    return parameters.page(
        request -> agreements.search(query, request),
        agreements::outlooks,
        AgreementRepresentation::of,
        AgreementPageRepresentation::new);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a agreement",
      description =
          "The agreement with its ETag, to send back as If-Match to change it. One above the caller's clearance is a 404, as an unknown one is.")
  public Response read(@PathParam("id") long id) {
    return records().read(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose an agreement",
      description =
          "Records a new agreement, PROPOSED (officers), screened against the sector carve-outs in force: one that prohibits it is a 422 carve-out-violation listing every match the caller may see, and nothing is stored (screen first with POST /screenings). Answers 201 with the agreement and its screening, its Location and its ETag.")
  public Response propose(AgreementRequest request) {
    return records()
        .created(uriInfo, agreements.propose(RequestBodies.required(request).toDraft()));
  }

  /**
   * Replaces the agreement's content while it is open (PROPOSED or UNDER_NEGOTIATION), screened
   * again; {@code If-Match} names the version the change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a agreement",
      description =
          "Replaces the agreement's content with the body's while it is open (PROPOSED or UNDER_NEGOTIATION), screened again; If-Match names the version the change was made on (without it 428; 412 when someone changed it since).")
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AgreementRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> agreements.revise(id, version, RequestBodies.required(request).toDraft()));
  }

  /**
   * One step of the lifecycle. A step it does not have is 409, a sign-off (SIGNED and after) by
   * anyone but an approver 403, a step forward under a PROHIBIT carve-out 422, a signature under
   * REVIEW without an exemption 409 {@code exemption-required}.
   */
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an agreement on its lifecycle",
      description =
          "One step of the lifecycle, on a day, with a justification. A step it does not have is a 409; a sign-off (SIGNED and after) by anyone but an approver a 403; a step forward under a PROHIBIT carve-out a 422; a signature under REVIEW without an exemption a 409 exemption-required; an agreement held for review by a cleared approver a 409 agreement-held.")
  public Response move(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TransitionRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version -> {
              TransitionRequest step = RequestBodies.required(request);
              return agreements.moveTo(id, version, step.to(), step.on(), step.justification());
            });
  }

  /** An approver's exemption from the REVIEW carve-outs the agreement touches, with the reason. */
  @POST
  @Path("{id}/exemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exempt an agreement from review",
      description =
          "An approver's exemption from the REVIEW carve-outs the agreement touches, with the reason; it may then go on to signature.")
  public Response exempt(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ExemptionRequest request) {
    return records()
        .changed(
            id,
            ifMatch,
            version ->
                agreements.exempt(id, version, RequestBodies.required(request).justification()));
  }

  /** Who changed the agreement, what, and when. */
  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Read a agreement's history",
      description =
          "Every revision of the agreement: its number, when, by whom, the change and the fields it touched.")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return records().history(id);
  }

  private RecordEndpoint<Agreement> records() {
    return RecordEndpoint.of(
        Agreement.KIND, agreements::find, agreements::history, this::representation);
  }

  private AgreementRepresentation representation(Agreement agreement) {
    return AgreementRepresentation.of(agreement, agreements.outlooks(List.of(agreement)).get(0));
  }
}
