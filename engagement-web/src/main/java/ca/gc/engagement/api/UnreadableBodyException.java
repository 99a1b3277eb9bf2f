package ca.gc.engagement.api;

/**
 * A request body that is not JSON the API can read at all (not UTF-8, not JSON, nested beyond
 * reason): the caller's mistake, a 400 whose detail says which of these it is.
 */
public class UnreadableBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnreadableBodyException(String detail) {
    super(detail);
  }

  public UnreadableBodyException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
