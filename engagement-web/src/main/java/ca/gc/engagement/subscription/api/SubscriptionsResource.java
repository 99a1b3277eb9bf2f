package ca.gc.engagement.subscription.api;

import ca.gc.engagement.api.ListParameters;
import ca.gc.engagement.api.RequestBodies;
import ca.gc.engagement.records.entity.RecordNotFoundException;
import ca.gc.engagement.subscription.boundary.SubscriptionService;
import ca.gc.engagement.subscription.entity.Subscription;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/subscriptions}: signed webhooks (docs/decisions/0039-signed-webhooks.md). Any
 * signed-in account subscribes; a subscription is its creator's, and another account reads it as
 * not there (404). No delete: {@code POST /{id}/cancellation} stops it, and it stays on file. The
 * secret goes in once and never comes out.
 */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "subscriptions",
    description =
        "Signed webhooks: each change the subscribing account may see, POSTed to its receiver as the change feed's entry, signed as Standard Webhooks says, at least once and in order.")
public class SubscriptionsResource {

  @EJB SubscriptionService subscriptions;

  @Context UriInfo uriInfo;

  /** The caller's subscriptions, oldest first, paged ({@code page}, {@code size}). */
  @GET
  @Operation(
      summary = "List my subscriptions",
      description =
          "The caller's own subscriptions, oldest first, a page at a time (size at most 200), with each one's status, position and any reason it is held or suspended.")
  public SubscriptionPageRepresentation list(@BeanParam ListParameters parameters) {
    parameters.criteria();
    return parameters.page(
        subscriptions::mine, SubscriptionRepresentation::of, SubscriptionPageRepresentation::new);
  }

  /** 201 with its address; deliveries begin with the next change committed. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe a receiver to changes",
      description =
          "Registers a receiver URL (from the operator's allow-list), the kinds of record to push (all when empty) and a whsec_ secret the deliveries are signed with; deliveries begin with the next change committed. The secret is never shown again.")
  public Response subscribe(SubscriptionRequest request) {
    Subscription created =
        subscriptions.subscribe(
            RequestBodies.required(request).toDraft(), uriInfo.getBaseUri().toString());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
        .entity(SubscriptionRepresentation.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a subscription",
      description =
          "One of the caller's subscriptions: its receiver, kinds, status, the feed position delivered up to and, when failing, since when and why. Another account's subscription is not found (404).")
  public SubscriptionRepresentation read(@PathParam("id") long id) {
    return SubscriptionRepresentation.of(
        subscriptions
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(Subscription.KIND, id)));
  }

  /** Its delivery attempts, newest first, paged ({@code page}, {@code size}). */
  @GET
  @Path("{id}/deliveries")
  @Operation(
      summary = "List a subscription's deliveries",
      description =
          "Every delivery attempt of the subscription, newest first, a page at a time: the entry, the attempt, when, the receiver's status code, the outcome and at most 1 KB of its answer.")
  public DeliveryPageRepresentation deliveries(
      @PathParam("id") long id, @BeanParam ListParameters parameters) {
    parameters.criteria();
    return parameters.page(
        request -> subscriptions.deliveries(id, request),
        DeliveryRepresentation::of,
        DeliveryPageRepresentation::new);
  }

  /** Stops its deliveries for good (a second cancellation is a 409). */
  @POST
  @Path("{id}/cancellation")
  @Operation(
      summary = "Cancel a subscription",
      description =
          "Stops its deliveries for good; the subscription and its deliveries stay on file. A second cancellation is a conflict (409).")
  public SubscriptionRepresentation cancel(@PathParam("id") long id) {
    return SubscriptionRepresentation.of(subscriptions.cancel(id));
  }
}
