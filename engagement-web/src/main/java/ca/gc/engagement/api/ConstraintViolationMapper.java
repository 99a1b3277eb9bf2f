package ca.gc.engagement.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/**
 * Invalid input, as the services judged it: 400 with one entry per field. The field is the last
 * node of the violation's path, which by design is the request's own field name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    var errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return new Problem(
            Problem.type("invalid-request"),
            "The request has invalid fields",
            400,
            errors.size() == 1
                ? errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.",
            uriInfo.getRequestUri(),
            errors)
        .toResponse();
  }

  /**
   * The field as the request spells it: the property path below the service parameter, with list
   * positions ("source.url", "participants[0].side"); a parameter that is itself the field keeps
   * its own name ("readout").
   */
  static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = "";
    for (Path.Node node : violation.getPropertyPath()) {
      // A node within a list or map carries the position of its element in the list, which it
      // follows: productLines[0].hsCode.
      if (node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY -> {
          if (field.length() > 0) {
            field.append('.');
          }
          field.append(node.getName());
        }
        case CONTAINER_ELEMENT -> {}
        default -> {}
      }
    }
    return field.length() > 0 ? field.toString() : parameter;
  }
}
