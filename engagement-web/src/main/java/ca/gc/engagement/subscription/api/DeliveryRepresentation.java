package ca.gc.engagement.subscription.api;

import ca.gc.engagement.feed.entity.FeedCursor;
import ca.gc.engagement.subscription.entity.Delivery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt to deliver one change, as it went. */
@Schema(name = "Delivery")
@JsonbPropertyOrder({
  "id",
  "webhookId",
  "cursor",
  "attempt",
  "attemptedAt",
  "outcome",
  "statusCode",
  "answer",
  "elapsedMillis"
})
public record DeliveryRepresentation(
    long id,
    @Schema(description = "The webhook-id header sent: the same on every attempt of one change.")
        String webhookId,
    @Schema(description = "The change's feed cursor.") String cursor,
    @Schema(description = "1 for the first attempt of this change, 2 for the next…") int attempt,
    Instant attemptedAt,
    @Schema(
            description =
                "DELIVERED (2xx); REJECTED (another status); REDIRECTED (3xx: never followed);"
                    + " TIMED_OUT (no answer in 10 s); UNREACHABLE; HELD (not sent: see the"
                    + " subscription's reason).",
            enumeration = {
              "DELIVERED",
              "REJECTED",
              "REDIRECTED",
              "TIMED_OUT",
              "UNREACHABLE",
              "HELD"
            })
        String outcome,
    @Schema(description = "The receiver's HTTP status, when it answered.") Integer statusCode,
    @Schema(description = "The first 1024 characters of the receiver's answer, or the failure.")
        String answer,
    long elapsedMillis) {

  static DeliveryRepresentation of(Delivery delivery) {
    return new DeliveryRepresentation(
        delivery.getId(),
        delivery.getWebhookId(),
        FeedCursor.of(delivery.getPosition()),
        delivery.getAttempt(),
        delivery.getAttemptedAt(),
        delivery.getOutcome().name(),
        delivery.getStatusCode(),
        delivery.getAnswer(),
        delivery.getElapsedMillis());
  }
}
