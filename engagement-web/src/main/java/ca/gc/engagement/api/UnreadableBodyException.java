package ca.gc.engagement.api;

import java.util.List;

/**
 * A request body that is not JSON the API can read at all (not UTF-8, not JSON, nested beyond
 * reason), or whose fields do not fit the resource (each named): the caller's mistake, a 400 whose
 * detail says which of these it is.
 */
public class UnreadableBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem.FieldError> errors;

  public UnreadableBodyException(String detail) {
    super(detail);
    this.errors = List.of();
  }

  public UnreadableBodyException(String detail, Throwable cause) {
    super(detail, cause);
    this.errors = List.of();
  }

  /** A body whose fields cannot be read as the resource takes them: each named. */
  public UnreadableBodyException(List<Problem.FieldError> errors) {
    super(
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields cannot be read as this resource takes them; see errors.");
    this.errors = List.copyOf(errors);
  }

  /** The fields it names, if it names any. */
  public List<Problem.FieldError> errors() {
    return errors;
  }
}
