package ca.gc.engagement.api;

import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class InvalidParametersMapper extends ProblemMapper<InvalidParametersException> {

  public InvalidParametersMapper() {
    super("invalid-request", "The request has invalid fields", 400);
  }

  @Override
  List<Problem.FieldError> errors(InvalidParametersException exception) {
    return exception.errors();
  }
}
