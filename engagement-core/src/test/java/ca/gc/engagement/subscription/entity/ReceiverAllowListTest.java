package ca.gc.engagement.subscription.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiverAllowListTest {

  private static final ReceiverAllowList EMBEDDED =
      ReceiverAllowList.parse("http://127.0.0.1:,http://localhost:");

  private static final ReceiverAllowList PARTNER =
      ReceiverAllowList.parse(" https://partner.gc.ca/hooks/ , https://relay.example.org:8443/ ");

  @Test
  void theEmbeddedDefaultTakesReceiversOnThisMachine() {
    assertTrue(EMBEDDED.allows("http://127.0.0.1:9123/hooks"));
    assertTrue(EMBEDDED.allows("http://localhost:8080/"));
    assertFalse(EMBEDDED.allows("http://127.0.0.2:9123/hooks"));
    assertFalse(EMBEDDED.allows("https://partner.gc.ca/hooks/"));
  }

  @Test
  void aReceiverMustStartWithAPrefix() {
    assertEquals(
        List.of("https://partner.gc.ca/hooks/", "https://relay.example.org:8443/"),
        PARTNER.prefixes());
    assertTrue(PARTNER.allows("https://partner.gc.ca/hooks/engagement"));
    assertTrue(PARTNER.allows("https://relay.example.org:8443/a?b=c"));
    assertFalse(PARTNER.allows("https://partner.gc.ca/other"));
    assertFalse(PARTNER.allows("http://partner.gc.ca/hooks/engagement"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://partner.gc.ca/hooks/../admin",
        "https://partner.gc.ca/hooks/./x",
        "https://partner.gc.ca/hooks/x#fragment",
        "https://user:pw@partner.gc.ca/hooks/x",
        "https://partner.gc.ca/hooks/a b",
        "/hooks/relative",
        "",
        " "
      })
  void refusesWhatOnlyLooksLikeAnAllowedReceiver(String url) {
    assertFalse(PARTNER.allows(url), url);
  }

  @Test
  void nothingConfiguredAllowsNothing() {
    assertFalse(ReceiverAllowList.parse("").allows("https://partner.gc.ca/hooks/x"));
    assertFalse(ReceiverAllowList.parse(null).allows("http://127.0.0.1:9123/"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // clear text off this machine
        "http://partner.gc.ca/",
        "http://10.0.0.5:8080/",
        // the host not closed: https://partner.gc.ca.evil.example would match
        "https://partner.gc.ca",
        "https://",
        "ftp://partner.gc.ca/",
        "partner.gc.ca/"
      })
  void refusesAListWithAPrefixBreakingTheRules(String prefix) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReceiverAllowList.parse("https://fine.gc.ca/," + prefix));
    assertTrue(refused.getMessage().startsWith(ReceiverAllowList.PROPERTY), refused.getMessage());
  }

  @Test
  void plainHttpOnlyToTheLoopbackHost() {
    assertTrue(ReceiverAllowList.parse("http://[::1]:").allows("http://[::1]:8080/x"));
  }
}
