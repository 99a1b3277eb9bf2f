package ca.gc.engagement.api;

import jakarta.ws.rs.ext.Provider;

/** A body beyond the limit: 413, with the limit in the detail so the caller knows what fits. */
@Provider
public class BodyTooLargeMapper extends ProblemMapper<BodyTooLargeException> {

  public BodyTooLargeMapper() {
    super("body-too-large", "Request body too large", 413);
  }

  @Override
  String detail(BodyTooLargeException exception) {
    return exception.getMessage() + " Nothing was stored.";
  }
}
