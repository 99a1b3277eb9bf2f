package ca.gc.engagement.subscription.api;

import ca.gc.engagement.subscription.entity.SubscriptionDraft;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /subscriptions}; the service judges it (see {@link SubscriptionDraft}).
 */
@Schema(
    description =
        "Where to send each change you may see, of which kinds (none: every kind), signed with"
            + " which secret (Standard Webhooks: whsec_ and the base64 of 24 to 64 random bytes)."
            + " The secret is never shown again.",
    example =
        """
        {
          "url": "https://partner.example.gc.ca/engagement-hooks",
          "kinds": ["meetings", "agreements"],
          "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        }
        """)
public record SubscriptionRequest(String url, Set<String> kinds, String secret) {

  SubscriptionDraft toDraft() {
    return new SubscriptionDraft(url, kinds, secret);
  }

  /** Never the secret: a request may be logged. */
  @Override
  public String toString() {
    return "SubscriptionRequest[url=" + url + ", kinds=" + kinds + "]";
  }
}
