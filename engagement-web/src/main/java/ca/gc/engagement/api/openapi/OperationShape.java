package ca.gc.engagement.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What an operation of the API is, read from its path, method, parameters and body alone: a list, a
 * read, a create, a replacement, a lifecycle step or a question; whether it addresses a record,
 * takes a body, a query or {@code If-Match}. From that shape follow the errors it can answer, so a
 * new resource is documented like the others without anyone listing it.
 */
record OperationShape(String path, HttpMethod method, Operation operation, PathItem item) {

  /**
   * The collections whose proposals are screened against the carve-outs (422 carve-out-violation).
   */
  private static final List<String> SCREENED = List.of("agreements");

  /** The first segment: "missions" for /missions/{id}/transitions. */
  String collection() {
    String[] segments = path.split("/");
    return segments.length > 1 ? segments[1] : "";
  }

  /** Addresses one record (a path parameter): may be 404. */
  boolean identified() {
    return path.contains("{");
  }

  /** Exactly one record, {@code /missions/{id}}. */
  boolean wholeRecord() {
    return path.matches("/[^/]+/\\{[^}]+}");
  }

  boolean hasBody() {
    return operation.getRequestBody() != null;
  }

  boolean hasQuery() {
    return parameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
  }

  /** Needs the version the caller read in {@code If-Match}: 412 when stale, 428 when missing. */
  boolean conditional() {
    return parameters().stream()
        .anyMatch(
            p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
  }

  boolean reads() {
    return method == HttpMethod.GET;
  }

  /** A POST to a collection that also lists: it records a new one (201). */
  boolean creates() {
    return method == HttpMethod.POST && !identified() && item.getGET() != null;
  }

  /** A POST to a path that lists nothing (screenings): a question, nothing is kept. */
  boolean asks() {
    return method == HttpMethod.POST && !identified() && item.getGET() == null;
  }

  /** A POST to a record's sub-resource: a step of its lifecycle or an addition to it. */
  boolean steps() {
    return method == HttpMethod.POST && identified();
  }

  /** Answers the record itself, as read or as changed. */
  boolean answersRecord() {
    return ((reads() || method == HttpMethod.PUT) && wholeRecord()) || creates() || steps();
  }

  /**
   * The error statuses this operation can answer, each with the name of its response in the
   * document's components.
   */
  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (hasBody()) {
      errors.put("400", ErrorResponses.INVALID_REQUEST);
    } else if (hasQuery()) {
      errors.put("400", ErrorResponses.INVALID_PARAMETERS);
    }
    errors.put("401", ErrorResponses.UNAUTHENTICATED);
    errors.put("403", ErrorResponses.FORBIDDEN);
    if (identified()) {
      errors.put("404", ErrorResponses.NOT_FOUND);
    }
    if (reads()) {
      errors.put("406", ErrorResponses.NOT_ACCEPTABLE);
    }
    if (!reads() && !asks()) {
      errors.put("409", ErrorResponses.CONFLICT);
    }
    if (conditional()) {
      errors.put("412", ErrorResponses.PRECONDITION_FAILED);
    }
    if (hasBody()) {
      errors.put("413", ErrorResponses.BODY_TOO_LARGE);
      errors.put("415", ErrorResponses.UNSUPPORTED_MEDIA_TYPE);
      errors.put(
          "422",
          SCREENED.contains(collection())
              ? ErrorResponses.CARVE_OUT_VIOLATION
              : ErrorResponses.RULE_VIOLATION);
    }
    if (conditional()) {
      errors.put("428", ErrorResponses.PRECONDITION_REQUIRED);
    }
    if (asks()) {
      errors.put("429", ErrorResponses.TOO_MANY_SCREENINGS);
    }
    errors.put("500", ErrorResponses.INTERNAL_ERROR);
    errors.put("503", ErrorResponses.DATABASE_UNAVAILABLE);
    return errors;
  }

  private List<Parameter> parameters() {
    return operation.getParameters() == null ? List.of() : operation.getParameters();
  }
}
