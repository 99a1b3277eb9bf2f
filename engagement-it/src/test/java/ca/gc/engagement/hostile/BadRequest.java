package ca.gc.engagement.hostile;

import java.util.Set;

/**
 * One request of the corpus: which operation, what is wrong with it, and how it is sent. {@code
 * address} replaces the target's id or code when given; {@code body} null sends none; {@code
 * expected} empty means any refusal (a 4xx but 401 and 403, which would hide what is tested).
 */
record BadRequest(
    String operation,
    String name,
    String address,
    IfMatch ifMatch,
    String contentType,
    byte[] body,
    Set<Integer> expected) {

  /** What {@code If-Match} says: the target's current tag, or something that must be refused. */
  enum IfMatch {
    CURRENT,
    NONE,
    STALE,
    MALFORMED,
    ANY,
    OTHER_RECORD
  }

  String method() {
    return operation.substring(0, operation.indexOf(' '));
  }

  /** The path below /api/v1 as declared: "missions/{id}/transitions". */
  String path() {
    return operation.substring(operation.indexOf(' ') + 1);
  }

  @Override
  public String toString() {
    return operation + " [" + name + "]";
  }
}
