package ca.gc.engagement.subscription.entity;

import java.util.Base64;
import java.util.Optional;

/**
 * A subscription's signing secret as the Standard Webhooks specification writes it: {@code whsec_}
 * and the base64 of 24 to 64 random bytes (192 to 512 bits). The key that signs is the bytes, not
 * the text. Never shown once given: no answer carries it.
 */
public final class WebhookSecret {

  public static final String PREFIX = "whsec_";
  public static final int FEWEST_BYTES = 24;
  public static final int MOST_BYTES = 64;

  private WebhookSecret() {}

  /** The key's bytes, if the text is a secret of the specification's form; else nothing. */
  public static Optional<byte[]> key(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    return key.length >= FEWEST_BYTES && key.length <= MOST_BYTES
        ? Optional.of(key)
        : Optional.empty();
  }
}
