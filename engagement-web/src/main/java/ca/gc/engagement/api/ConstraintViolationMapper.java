package ca.gc.engagement.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Invalid input, as the services judged it: 400 with one entry per field. The field is the last
 * node of the violation's path, which by design is the request's own field name.
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

  public ConstraintViolationMapper() {
    super("invalid-request", "The request has invalid fields", 400);
  }

  @Override
  List<Problem.FieldError> errors(ConstraintViolationException exception) {
    return exception.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(field(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
  }

  @Override
  String detail(ConstraintViolationException exception) {
    List<Problem.FieldError> errors = errors(exception);
    return errors.size() == 1
        ? errors.get(0).message()
        : errors.size() + " fields are invalid; see errors.";
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
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
          continue;
        }
        case PARAMETER -> {
          parameter = node.getName();
          continue;
        }
        default -> {}
      }
      // A node's index or key is its place in the container the node before it holds:
      // "productLines", then "hsCode" at index 0, is productLines[0].hsCode.
      Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (position != null) {
        if (field.length() == 0) {
          field.append(parameter);
        }
        field.append('[').append(position).append(']');
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.length() > 0 ? field.toString() : parameter;
  }
}
