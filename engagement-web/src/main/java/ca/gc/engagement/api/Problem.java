package ca.gc.engagement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem body: what went wrong, in words a developer of another department can act on,
 * with one entry per invalid field. Never a stack trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    URI type, String title, int status, String detail, URI instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  /** Problem types live under one documented base, so that clients can switch on them. */
  public static URI type(String name) {
    return URI.create("https://engagement.example/problems/" + name);
  }

  /** One invalid field: its name as the request spells it, and what to do about it. */
  public record FieldError(String field, String message) {}

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
