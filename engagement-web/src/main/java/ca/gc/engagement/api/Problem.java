package ca.gc.engagement.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem body: what went wrong, in words a developer of another department can act on,
 * with one entry per invalid field. Never a stack trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@Schema(
    name = "Problem",
    description = "RFC 9457 problem details: every error of the API, as application/problem+json.",
    requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problem(
    @Schema(
            description = "The kind of problem; switch on it, not on the title.",
            example = "https://engagement.example/problems/invalid-request")
        URI type,
    @Schema(description = "The kind of problem, in words.") String title,
    @Schema(description = "The HTTP status, repeated.", example = "400") int status,
    @Schema(description = "What went wrong in this case, written for the person who reads it.")
        String detail,
    @Schema(description = "The request the problem concerns.") URI instance,
    @Schema(description = "One entry per invalid field or parameter; empty for other problems.")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  /** Problem types live under one documented base, so that clients can switch on them. */
  public static URI type(String name) {
    return URI.create("https://engagement.example/problems/" + name);
  }

  /** One invalid field: its name as the request spells it, and what to do about it. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(
              description =
                  "The field as the request spells it, with positions in lists, or the parameter.",
              example = "productLines[0].hsCode")
          String field,
      @Schema(
              description = "What to do about it.",
              example = "Give the HS code as 4 to 10 digits, for example 1205.10.")
          String message) {}

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }

  /**
   * Writes the problem as the whole answer of a servlet filter, which answers before JAX-RS does (a
   * sign-in refused, an export refused): the status, the one header it needs, and the body as
   * JAX-RS would have written it.
   */
  public void writeTo(HttpServletResponse response, String header, String value)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader(header, value);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(ApiJsonb.shared().toJson(this));
  }
}
