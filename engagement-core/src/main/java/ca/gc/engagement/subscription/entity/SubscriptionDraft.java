package ca.gc.engagement.subscription.entity;

import ca.gc.engagement.records.entity.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What a subscriber asks for: where to send ({@code url}, which the operator's allow-list must
 * take), which kinds of change (none named: every kind) and the secret to sign with.
 */
@SafeText
public record SubscriptionDraft(
    @NotBlank @Size(max = 2000) @AllowedReceiver String url,
    @KnownKinds Set<@NotNull String> kinds,
    @NotNull @SigningSecret String secret) {

  public Set<String> kindsOrAll() {
    return kinds == null ? Set.of() : kinds;
  }

  /** Never the secret: a draft may be logged or shown in a failure. */
  @Override
  public String toString() {
    return "SubscriptionDraft[url=" + url + ", kinds=" + kinds + "]";
  }
}
