package ca.gc.engagement.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that gives at most {@code limit} bytes: the first byte beyond them ends the
 * reading with {@link BodyTooLargeException}, so a chunked body without a length is never read
 * further than that.
 */
final class BoundedBody extends FilterInputStream {

  private final long limit;
  private long read;

  BoundedBody(InputStream body, long limit) {
    super(body);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0; // asked for nothing (readAllBytes does so when its buffer is full): read nothing
    }
    // Never ask for more than one byte past the limit: that byte alone proves the body too large.
    int asked = (int) Math.min(length, limit - read + 1);
    int n = super.read(buffer, offset, Math.max(asked, 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - read + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) {
    read += n;
    if (read > limit) {
      throw new BodyTooLargeException(limit);
    }
  }
}
