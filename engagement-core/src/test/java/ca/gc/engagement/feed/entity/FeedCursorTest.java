package ca.gc.engagement.feed.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cursor reads back as the position it was written from, and nothing else is a cursor. */
class FeedCursorTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 49, 50, 104, 105, 1_000_000, 999_999_999_999_999_999L})
  void aCursorReadsBackAsItsPosition(long position) {
    String cursor = FeedCursor.of(position);
    assertEquals(OptionalLong.of(position), FeedCursor.position(cursor));
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor + " is not URL-safe as it is");
  }

  @Test
  void theCursorIsTheVersionedTextInBase64Url() {
    assertEquals(
        "feed:1:105",
        new String(Base64.getUrlDecoder().decode(FeedCursor.of(105)), StandardCharsets.US_ASCII));
  }

  @Test
  void laterPositionsGiveDifferentCursors() {
    assertTrue(!FeedCursor.of(104).equals(FeedCursor.of(105)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "105",
        "abc",
        "not base64!",
        "ZmVlZDoxOjEwNQ==", // the right text, padded: not as written
        "ZmVlZDoxOjEwNR", // the right text with other unused bits
      })
  void anythingElseIsNoCursor(String text) {
    assertEquals(OptionalLong.empty(), FeedCursor.position(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feed:1:-1",
        "feed:1:01",
        "feed:1:+1",
        "feed:1:",
        "feed:2:105",
        "feed:1:105 ",
        "feed:1:9999999999999999999",
        "FEED:1:105"
      })
  void aTextThatIsNotAPositionIsNoCursor(String text) {
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    assertEquals(OptionalLong.empty(), FeedCursor.position(encoded));
  }

  @Test
  void noneIsNoCursor() {
    assertEquals(OptionalLong.empty(), FeedCursor.position(null));
    assertEquals(OptionalLong.empty(), FeedCursor.position("A".repeat(100)));
  }

  @Test
  void aNegativePositionIsNeverWritten() {
    assertThrows(IllegalArgumentException.class, () -> FeedCursor.of(-1));
  }
}
