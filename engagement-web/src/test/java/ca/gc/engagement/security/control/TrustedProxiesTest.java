package ca.gc.engagement.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies =
      TrustedProxies.parse(" 10.0.0.5, 192.168.10.0/24 ,2001:db8::/32");

  @Test
  void byDefaultNoForwardedHeaderIsBelieved() {
    TrustedProxies none = TrustedProxies.parse("");
    assertFalse(none.trustsAny());
    assertEquals("10.0.0.5", none.clientAddress("10.0.0.5", List.of("203.0.113.7")));
    assertEquals("127.0.0.1", TrustedProxies.none().clientAddress("127.0.0.1", List.of("1.2.3.4")));
  }

  @Test
  void anUntrustedPeerIsTheAddressWhateverItForwards() {
    assertEquals("198.51.100.9", proxies.clientAddress("198.51.100.9", List.of("203.0.113.7")));
  }

  @Test
  void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
    assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.5", List.of("203.0.113.7")));
    assertEquals(
        "203.0.113.7",
        proxies.clientAddress("10.0.0.5", List.of("6.6.6.6, 203.0.113.7, 192.168.10.20")),
        "the forged left-most entry is ignored, the inner proxy skipped");
    assertEquals(
        "203.0.113.7",
        proxies.clientAddress("192.168.10.1", List.of("1.1.1.1, 203.0.113.7", "10.0.0.5")),
        "several headers read as one list, in order");
    assertEquals(
        "2001:db9:0:0:0:0:0:1",
        proxies.clientAddress("2001:db8::2", List.of("[2001:db9::1]")),
        "IPv6 in brackets");
    assertEquals("203.0.113.7", proxies.clientAddress("10.0.0.5", List.of("203.0.113.7:5123")));
  }

  @Test
  void onlyTrustedProxiesThemselvesLeaveTheLeftMostOne() {
    assertEquals(
        "192.168.10.3", proxies.clientAddress("10.0.0.5", List.of("192.168.10.3, 10.0.0.5")));
    assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of()));
  }

  @Test
  void anEntryThatIsNoAddressStopsAtTheProxyThatPassedItOn() {
    assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of("unknown")));
    assertEquals(
        "192.168.10.3",
        proxies.clientAddress("10.0.0.5", List.of("203.0.113.7, evil.example, 192.168.10.3")));
    assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of("1.2.3.999")));
  }

  @Test
  void aListThatDoesNotParseFailsInsteadOfTrustingNothing() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0/8"));
  }

  @Test
  void cidrRangesMatchOnTheirPrefix() {
    TrustedProxies ranges = TrustedProxies.parse("172.16.0.0/12");
    assertEquals("9.9.9.9", ranges.clientAddress("172.31.255.254", List.of("9.9.9.9")));
    assertEquals("172.32.0.1", ranges.clientAddress("172.32.0.1", List.of("9.9.9.9")));
  }

  /**
   * The address lock, fed the resolved address, locks the client behind the proxy, not the proxy:
   * others behind the same proxy still sign in.
   */
  @Test
  void behindAProxyTheAddressLockHoldsTheClientNotTheProxy() {
    FailedSignIns signIns =
        new FailedSignIns(Clock.fixed(Instant.parse("2026-01-14T09:00:00Z"), ZoneOffset.UTC));
    for (int i = 0; i < FailedSignIns.ADDRESS_FAILURES; i++) {
      signIns.failed("guess" + i, proxies.clientAddress("10.0.0.5", List.of("203.0.113.7")));
    }
    assertTrue(
        signIns
            .lockedFor("viewer", proxies.clientAddress("10.0.0.5", List.of("203.0.113.7")))
            .isPresent());
    assertTrue(
        signIns
            .lockedFor("viewer", proxies.clientAddress("10.0.0.5", List.of("203.0.113.8")))
            .isEmpty(),
        "another client behind the same proxy");
  }
}
