package ca.gc.engagement.api;

import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body the API cannot read as JSON: 400 {@code unreadable-body}, saying why. */
@Provider
public class UnreadableBodyMapper extends ProblemMapper<UnreadableBodyException> {

  public UnreadableBodyMapper() {
    super("unreadable-body", "The request body cannot be read", 400);
  }

  @Override
  List<Problem.FieldError> errors(UnreadableBodyException exception) {
    return exception.errors();
  }
}
