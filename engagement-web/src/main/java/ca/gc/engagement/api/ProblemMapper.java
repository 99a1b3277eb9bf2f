package ca.gc.engagement.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * An exception answered as one problem body (RFC 9457): its type, title and status are the
 * mapper's, its detail the exception's own message (written for the person reading it) unless the
 * mapper words it, and its errors the fields it concerns, if any. Every such mapper writes the body
 * this one way, so that they differ only in what they say.
 */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Context UriInfo uri;

  private final String type;
  private final String title;
  private final int status;

  ProblemMapper(String type, String title, int status) {
    this.type = type;
    this.title = title;
    this.status = status;
  }

  /** What the problem says: the exception's message unless the mapper words it. */
  String detail(E exception) {
    return exception.getMessage();
  }

  /** The fields the problem concerns, if it names any. */
  List<Problem.FieldError> errors(E exception) {
    return List.of();
  }

  @Override
  public Response toResponse(E exception) {
    return new Problem(
            Problem.type(type),
            title,
            status,
            detail(exception),
            uri.getRequestUri(),
            errors(exception))
        .toResponse();
  }
}
