package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DeliveryTest {

  @Test
  void keepsAtMostTheFirst1024CharactersOfAnAnswer() {
    assertEquals(1024, Delivery.kept("x".repeat(5000)).length());
    assertEquals("short", Delivery.kept("short"));
    assertNull(Delivery.kept(null));
  }

  @Test
  void neverSplitsACharacterOutsideTheBasicPlane() {
    String answer = "x".repeat(1023) + "\uD83D\uDE00" + "tail";

    assertEquals("x".repeat(1023), Delivery.kept(answer));
  }
}
