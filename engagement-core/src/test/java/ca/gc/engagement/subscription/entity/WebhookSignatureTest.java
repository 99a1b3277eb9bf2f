package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /**
   * The reference vector of the Standard Webhooks libraries' test suites (and Svix's, where the
   * scheme comes from): this secret, id, timestamp and body sign to this header value.
   */
  @Test
  void signsTheSpecificationsReferenceVectorAsItSays() {
    byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();

    String signature =
        WebhookSignature.of(
            key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

    assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
  }

  @Test
  void theIdTheTimestampAndTheBodyAreEachSigned() {
    byte[] key = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").orElseThrow();
    String signed = WebhookSignature.of(key, "msg_1", 1614265330L, "{}");

    assertNotEquals(signed, WebhookSignature.of(key, "msg_2", 1614265330L, "{}"));
    assertNotEquals(signed, WebhookSignature.of(key, "msg_1", 1614265331L, "{}"));
    assertNotEquals(signed, WebhookSignature.of(key, "msg_1", 1614265330L, "{ }"));
  }
}
