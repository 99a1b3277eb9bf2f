package ca.gc.engagement.api;

import java.util.List;

/** Query or header values that cannot even be read (a date that is no date): 400, per parameter. */
public class InvalidParametersException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem.FieldError> errors;

  public InvalidParametersException(List<Problem.FieldError> errors) {
    super(
        errors.size() == 1 ? errors.get(0).message() : errors.size() + " parameters are invalid.");
    this.errors = List.copyOf(errors);
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
