package ca.gc.engagement.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

  @Test
  void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
    byte[] body = new byte[1000];

    try (InputStream bounded = new BoundedBody(new ByteArrayInputStream(body), 1000)) {
      assertArrayEquals(body, bounded.readAllBytes());
    }
  }

  @Test
  void theFirstByteBeyondTheLimitEndsTheReading() {
    CountingStream body = new CountingStream(new byte[5000]);

    var refused =
        assertThrows(BodyTooLargeException.class, () -> new BoundedBody(body, 1000).readAllBytes());

    assertEquals(1000, refused.limit());
    assertEquals(1001, body.given, "read no further than one byte past the limit");
  }

  @Test
  void byteByByteReadingIsBoundedToo() {
    InputStream bounded = new BoundedBody(new ByteArrayInputStream(new byte[3]), 2);

    assertThrows(
        BodyTooLargeException.class,
        () -> {
          while (bounded.read() >= 0) {
            // reading on
          }
        });
  }

  @Test
  void theLimitIsNamedInWordsAClientCanActOn() {
    assertEquals(
        "The request body is larger than 1 MiB (1048576 bytes), the most this API accepts.",
        new BodyTooLargeException(1024 * 1024).getMessage());
    assertEquals(
        "The request body is larger than 5000 bytes, the most this API accepts.",
        new BodyTooLargeException(5000).getMessage());
  }

  /** A body that counts how many bytes it gave. */
  private static final class CountingStream extends ByteArrayInputStream {
    long given;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      given += Math.max(n, 0);
      return n;
    }
  }
}
