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

/**
 * {@code /api/v1/subscriptions}: signed webhooks (docs/decisions/0039-signed-webhooks.md). Any
 * signed-in account subscribes; a subscription is its creator's, and another account reads it as
 * not there (404). No delete: {@code POST /{id}/cancellation} stops it, and it stays on file. The
 * secret goes in once and never comes out.
 */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

  @EJB SubscriptionService subscriptions;

  @Context UriInfo uriInfo;

  /** The caller's subscriptions, oldest first, paged ({@code page}, {@code size}). */
  @GET
  public SubscriptionPageRepresentation list(@BeanParam ListParameters parameters) {
    parameters.criteria();
    return parameters.page(
        subscriptions::mine, SubscriptionRepresentation::of, SubscriptionPageRepresentation::new);
  }

  /** 201 with its address; deliveries begin with the next change committed. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
  public SubscriptionRepresentation read(@PathParam("id") long id) {
    return SubscriptionRepresentation.of(
        subscriptions
            .find(id)
            .orElseThrow(() -> new RecordNotFoundException(Subscription.KIND, id)));
  }

  /** Its delivery attempts, newest first, paged ({@code page}, {@code size}). */
  @GET
  @Path("{id}/deliveries")
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
  public SubscriptionRepresentation cancel(@PathParam("id") long id) {
    return SubscriptionRepresentation.of(subscriptions.cancel(id));
  }
}
