package ca.gc.engagement.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a sign-in comes from, for {@link FailedSignIns}' address lock. The TCP peer, unless
 * the peer is one of the reverse proxies the operator trusts (MicroProfile Config {@value
 * #PROPERTY}: a comma list of IP addresses or CIDR ranges; empty, the default, trusts none). Then
 * {@code X-Forwarded-For} is read from the right: each trusted proxy appended the address it saw,
 * so the right-most address that is not itself a trusted proxy is the client. Anything to its left
 * was written by the client and is ignored. An entry that is not an IP address where a proxy's
 * entry should be stops the walk at the proxy that passed it on.
 *
 * <p>No name is ever looked up: only IP literals are parsed.
 */
public final class TrustedProxies {

  public static final String PROPERTY = "engagement.security.trusted-proxies";

  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern IPV4_WITH_PORT =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");

  private final List<Range> ranges;

  private TrustedProxies(List<Range> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** Trusts no proxy: the TCP peer is always the address. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses the operator's list ({@code "10.0.0.5, 192.168.10.0/24, 2001:db8::/32"}).
   *
   * @throws IllegalArgumentException for an entry that is not an IP address or CIDR range, so a
   *     typo fails the deployment instead of silently trusting nothing (or everything)
   */
  public static TrustedProxies parse(String list) {
    List<Range> ranges = new ArrayList<>();
    if (list != null) {
      for (String entry : list.split(",")) {
        String trimmed = entry.strip();
        if (!trimmed.isEmpty()) {
          ranges.add(Range.parse(trimmed));
        }
      }
    }
    return new TrustedProxies(ranges);
  }

  public boolean trustsAny() {
    return !ranges.isEmpty();
  }

  /**
   * The client's address: {@code peer} (the TCP peer's IP address) unless it is a trusted proxy,
   * then the right-most address of {@code forwardedFor} (the {@code X-Forwarded-For} header values
   * in the order received) that is not a trusted proxy.
   */
  public String clientAddress(String peer, List<String> forwardedFor) {
    Optional<InetAddress> peerAddress = literal(peer);
    if (peerAddress.isEmpty()) {
      return peer;
    }
    InetAddress client = peerAddress.get();
    if (!trusted(client) || forwardedFor == null || forwardedFor.isEmpty()) {
      return client.getHostAddress();
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.strip());
      }
    }
    for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        break; // not an address where the trusted proxy's entry should be: the proxy answers for it
      }
      client = hop.get();
    }
    return client.getHostAddress();
  }

  private boolean trusted(InetAddress address) {
    for (Range range : ranges) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** An IP literal (IPv6 possibly in brackets, IPv4 possibly with a port), never a name. */
  static Optional<InetAddress> literal(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String candidate = text.strip();
    if (candidate.startsWith("[")) {
      int end = candidate.indexOf(']');
      if (end < 0) {
        return Optional.empty();
      }
      candidate = candidate.substring(1, end);
    }
    var withPort = IPV4_WITH_PORT.matcher(candidate);
    if (withPort.matches()) {
      candidate = withPort.group(1);
    }
    try {
      if (candidate.indexOf(':') >= 0) {
        return LITERAL.matcher(candidate).matches()
            ? Optional.of(InetAddress.getByName(candidate)) // an IPv6 literal: never a lookup
            : Optional.empty();
      }
      String[] parts = candidate.split("\\.", -1);
      if (parts.length != 4) {
        return Optional.empty();
      }
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
          return Optional.empty();
        }
        bytes[i] = (byte) Integer.parseInt(parts[i]);
      }
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private record Range(byte[] network, int prefix) {

    static Range parse(String text) {
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      InetAddress parsed =
          literal(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          PROPERTY + ": not an IP address or CIDR range: " + text));
      byte[] bytes = parsed.getAddress();
      int prefix = bytes.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
          throw new IllegalArgumentException(PROPERTY + ": not a CIDR range: " + text);
        }
      }
      return new Range(bytes, prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (bytes[whole] & mask) == (network[whole] & mask);
    }
  }
}
