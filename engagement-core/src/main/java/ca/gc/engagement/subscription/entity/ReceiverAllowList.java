package ca.gc.engagement.subscription.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The operator's list of URL prefixes a subscription may send to ({@code
 * engagement.webhooks.allowed-prefixes}, comma-separated). A receiver's URL must start with one of
 * them. Each prefix names its host whole (it goes on past the host with {@code :} or {@code /}), so
 * that {@code https://partner.gc.ca} cannot be met by {@code https://partner.gc.ca.example.org}.
 * Plain {@code http} is taken only to this machine's loopback host, where nothing travels on a
 * network to be read; any other prefix must be {@code https}. A list breaking these rules is
 * refused whole (the deployment fails), not partly used.
 */
public final class ReceiverAllowList {

  public static final String PROPERTY = "engagement.webhooks.allowed-prefixes";

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  private final List<String> prefixes;

  private ReceiverAllowList(List<String> prefixes) {
    this.prefixes = List.copyOf(prefixes);
  }

  /** The operator's list, read from configuration (none: no receiver is allowed). */
  public static ReceiverAllowList configured() {
    return parse(configuredPrefixes());
  }

  /**
   * What the operator set. Outside a server (a unit test validating a draft) there is no
   * MicroProfile Config implementation at all, which is the same as nothing set.
   */
  private static String configuredPrefixes() {
    Config config;
    try {
      config = ConfigProvider.getConfig();
    } catch (IllegalStateException noConfigImplementation) {
      return "";
    }
    return config.getOptionalValue(PROPERTY, String.class).orElse("");
  }

  /**
   * The list as written: empty or blank allows no receiver at all.
   *
   * @throws IllegalArgumentException naming the first prefix that breaks the rules
   */
  public static ReceiverAllowList parse(String configured) {
    List<String> prefixes = new ArrayList<>();
    if (configured != null) {
      for (String item : configured.split(",")) {
        String prefix = item.strip();
        if (!prefix.isEmpty()) {
          prefixes.add(checked(prefix));
        }
      }
    }
    return new ReceiverAllowList(prefixes);
  }

  private static String checked(String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    String scheme;
    if (lower.startsWith("https://")) {
      scheme = "https://";
    } else if (lower.startsWith("http://")) {
      scheme = "http://";
    } else {
      throw new IllegalArgumentException(
          PROPERTY + ": \"" + prefix + "\" is not an https:// (or loopback http://) prefix");
    }
    String rest = lower.substring(scheme.length());
    int end = hostEnd(rest);
    if (end <= 0) {
      throw new IllegalArgumentException(
          PROPERTY
              + ": \""
              + prefix
              + "\" must name its host whole, followed by ':' (a port) or '/' (a path)");
    }
    if (scheme.equals("http://") && !LOOPBACK.contains(rest.substring(0, end))) {
      throw new IllegalArgumentException(
          PROPERTY + ": \"" + prefix + "\" sends in clear text off this machine; use https://");
    }
    return prefix;
  }

  /** Where the host ends in what follows the scheme: at ':' or '/' (after an IPv6 ']'). */
  private static int hostEnd(String afterScheme) {
    int from = afterScheme.startsWith("[") ? afterScheme.indexOf(']') + 1 : 0;
    if (from < 0) {
      return -1;
    }
    for (int i = from; i < afterScheme.length(); i++) {
      char c = afterScheme.charAt(i);
      if (c == ':' || c == '/') {
        return i;
      }
      if (c == '@' || c == '?' || c == '#') {
        return -1;
      }
    }
    return -1;
  }

  public List<String> prefixes() {
    return prefixes;
  }

  /**
   * Whether a receiver may be sent to: an absolute http(s) URL without credentials or fragment,
   * written in its normal form (no {@code /../} to climb out of an allowed path), starting with an
   * allowed prefix.
   */
  public boolean allows(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException notAUrl) {
      return false;
    }
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null
        || !uri.normalize().toString().equals(url)) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return false;
    }
    return prefixes.stream().anyMatch(url::startsWith);
  }
}
