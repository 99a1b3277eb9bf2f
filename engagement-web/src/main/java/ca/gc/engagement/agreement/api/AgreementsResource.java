package ca.gc.engagement.agreement.api;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.agreement.entity.Agreement;
import ca.gc.engagement.agreement.entity.AgreementOutlook;
import ca.gc.engagement.api.EntityTags;
import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RecordResponses;
import ca.gc.engagement.api.export.Exports;
import ca.gc.engagement.audit.api.RevisionRepresentation;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /api/v1/agreements}: list and search, read, propose, revise, and the history of
 * agreements, each screened against the carve-outs (a PROHIBITED one is refused with 422 and
 * nothing is kept). No delete: the lifecycle goes through {@code POST /{id}/transitions} ({@code
 * {to, on, justification}}; WITHDRAWN before signature), and an approver lets an agreement under
 * REVIEW go on to signature with {@code POST /{id}/exemptions}; both with {@code If-Match}.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

  @EJB AgreementService agreements;

  @Context UriInfo uriInfo;

  /** Agreements matching {@code q, country, sector, status, from, to}, paged and sorted. */
  @GET
  @Produces({MediaType.APPLICATION_JSON, Exports.TEXT_CSV})
  public AgreementPageRepresentation list(@BeanParam ListParameters parameters) {
    var query = parameters.query();
    return parameters.page(
        request -> {
          var found = agreements.search(query, request);
          List<AgreementOutlook> outlooks = agreements.outlooks(found.items());
          List<AgreementRepresentation> items = new ArrayList<>();
          for (int i = 0; i < found.items().size(); i++) {
            items.add(AgreementRepresentation.of(found.items().get(i), outlooks.get(i)));
          }
          return new AgreementPageRepresentation(items, found.page(), found.size(), found.total());
        });
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    return answer(agreements.find(id).orElseThrow(() -> notFound(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response propose(AgreementRequest request) {
    Agreement agreement = agreements.propose(required(request).toDraft());
    return RecordResponses.created(uriInfo, agreement, representation(agreement));
  }

  /**
   * Replaces the agreement's content while it is open (PROPOSED or UNDER_NEGOTIATION), screened
   * again; {@code If-Match} names the version the change was made on.
   */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AgreementRequest request) {
    long version = EntityTags.versionFrom(ifMatch, id);
    return answer(agreements.revise(id, version, required(request).toDraft()));
  }

  /**
   * One step of the lifecycle. A step it does not have is 409, a sign-off (SIGNED and after) by
   * anyone but an approver 403, a step forward under a PROHIBIT carve-out 422, a signature under
   * REVIEW without an exemption 409 {@code exemption-required}.
   */
  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response move(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TransitionRequest request) {
    long version = EntityTags.versionFrom(ifMatch, id);
    TransitionRequest step = required(request);
    return answer(agreements.moveTo(id, version, step.to(), step.on(), step.justification()));
  }

  /** An approver's exemption from the REVIEW carve-outs the agreement touches, with the reason. */
  @POST
  @Path("{id}/exemptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response exempt(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ExemptionRequest request) {
    long version = EntityTags.versionFrom(ifMatch, id);
    return answer(agreements.exempt(id, version, required(request).justification()));
  }

  /** Who changed the agreement, what, and when. */
  @GET
  @Path("{id}/history")
  public List<RevisionRepresentation> history(@PathParam("id") long id) {
    return RevisionRepresentation.of(agreements.history(id));
  }

  private Response answer(Agreement agreement) {
    return RecordResponses.current(agreement, representation(agreement));
  }

  private AgreementRepresentation representation(Agreement agreement) {
    return AgreementRepresentation.of(agreement, agreements.outlooks(List.of(agreement)).get(0));
  }

  private static <T> T required(T request) {
    if (request == null) {
      throw new BadRequestException("The request needs a JSON body.");
    }
    return request;
  }

  private static RecordNotFoundException notFound(long id) {
    return new RecordNotFoundException(Agreement.KIND, id);
  }
}
