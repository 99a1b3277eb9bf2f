package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSecretTest {

  @ParameterizedTest
  @ValueSource(ints = {24, 32, 64})
  void takesTheBase64OfTwentyFourToSixtyFourBytes(int bytes) {
    String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);

    assertEquals(bytes, WebhookSecret.key(secret).orElseThrow().length);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "whsk_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "whsec_",
        "whsec_not base64 at all!"
      })
  void refusesAnythingElse(String secret) {
    assertTrue(WebhookSecret.key(secret).isEmpty(), secret);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16, 23, 65, 128})
  void refusesKeysShorterOrLonger(int bytes) {
    String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[bytes]);

    assertTrue(WebhookSecret.key(secret).isEmpty(), secret);
  }
}
