package ca.gc.engagement.feed.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A place in the change feed as a consumer holds it: opaque (base64url of a versioned text, {@code
 * feed:1:<position>}), so that a consumer keeps it as given and the encoding can change behind a
 * new version. Only the exact text this class writes is read back: anything else is no cursor.
 */
public final class FeedCursor {

  private static final String PREFIX = "feed:1:";
  private static final Pattern POSITION = Pattern.compile("0|[1-9][0-9]{0,17}");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private FeedCursor() {}

  public static String of(long position) {
    if (position < 0) {
      throw new IllegalArgumentException("A feed position is never negative: " + position);
    }
    return ENCODER.encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
  }

  /** The position a cursor names; empty when the text is not one this class wrote. */
  public static OptionalLong position(String cursor) {
    if (cursor == null || cursor.length() > 64) {
      return OptionalLong.empty();
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException notBase64) {
      return OptionalLong.empty();
    }
    if (!text.startsWith(PREFIX) || !POSITION.matcher(text.substring(PREFIX.length())).matches()) {
      return OptionalLong.empty();
    }
    long position = Long.parseLong(text.substring(PREFIX.length()));
    // Base64 lets several texts decode alike (padding, unused bits): only the one written counts.
    return of(position).equals(cursor) ? OptionalLong.of(position) : OptionalLong.empty();
  }
}
