package ca.gc.engagement.api;

/** A request body beyond the API's limit (see {@link BodyLimit}): 413, nothing read further. */
public class BodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The request body is larger than " + readable(limit) + ", the most this API accepts.");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  private static String readable(long bytes) {
    long mib = 1024 * 1024;
    return bytes % mib == 0 ? (bytes / mib) + " MiB (" + bytes + " bytes)" : bytes + " bytes";
  }
}
