package ca.gc.engagement.subscription.api;

import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.subscription.entity.Subscription;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as its owner reads it: everything but the secret. */
@Schema(name = "Subscription")
@JsonbPropertyOrder({
  "id",
  "url",
  "kinds",
  "status",
  "reason",
  "createdAt",
  "deliveredUpTo",
  "failingSince",
  "nextAttemptAt",
  "failedAttempts"
})
public record SubscriptionRepresentation(
    long id,
    String url,
    @Schema(description = "The kinds of change sent; empty for every kind.") Set<String> kinds,
    @Schema(
            description =
                "ACTIVE delivers; HELD cannot (see reason) and is tried again; SUSPENDED failed for"
                    + " the whole give-up period (24 hours unless the operator set another) and is"
                    + " no longer tried; CANCELLED by its owner.",
            enumeration = {"ACTIVE", "HELD", "SUSPENDED", "CANCELLED"})
        String status,
    @Schema(description = "Why it is held, failing or suspended; absent while all is well.")
        String reason,
    Instant createdAt,
    @Schema(
            description =
                "The feed cursor of the last change delivered (or passed over as not yours to"
                    + " see): GET /changes?after= it reads what is still to come.")
        String deliveredUpTo,
    @Schema(description = "Since when every attempt failed; absent while deliveries succeed.")
        Instant failingSince,
    @Schema(description = "When the next attempt may be made, while it fails.")
        Instant nextAttemptAt,
    @Schema(description = "Failed attempts in a row since the last delivery.") int failedAttempts) {

  static SubscriptionRepresentation of(Subscription subscription) {
    boolean failing = subscription.getFailingSince() != null;
    return new SubscriptionRepresentation(
        subscription.getId(),
        subscription.getUrl(),
        subscription.getKinds(),
        subscription.getStatus().name(),
        subscription.getReason(),
        subscription.getCreatedAt(),
        FeedCursor.of(subscription.getDeliveredUpTo()),
        subscription.getFailingSince(),
        failing && subscription.getStatus().delivers() ? subscription.getNextAttemptAt() : null,
        subscription.getAttempts());
  }
}
