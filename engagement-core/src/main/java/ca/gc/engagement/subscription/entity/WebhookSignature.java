package ca.gc.engagement.subscription.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of the Standard Webhooks specification, symmetric scheme:
 * {@code v1,} and the base64 of the HMAC-SHA256, keyed with the secret's bytes, of {@code
 * "{webhook-id}.{webhook-timestamp}.{body}"}. The body signed is the body sent, byte for byte.
 */
public final class WebhookSignature {

  private WebhookSignature() {}

  public static String of(byte[] key, String webhookId, long timestampSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] signed =
          mac.doFinal(
              (webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException everyJavaHasIt) {
      throw new IllegalStateException("HmacSHA256 is not available", everyJavaHasIt);
    }
  }
}
