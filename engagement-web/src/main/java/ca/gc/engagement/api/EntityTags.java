package ca.gc.engagement.api;

import ca.gc.engagement.security.entity.Classified;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's entity tag is its id and version ("12-3"); reference data keyed by a code instead of a
 * number (a sector) has its code and version ("CANOLA-3"). A change must name the version it was
 * made on in {@code If-Match}: without it 428, with another record's tag or a malformed one 412; a
 * stale version reaches the service, which refuses it (412 as well).
 */
public final class EntityTags {

  /** The key is all but the last hyphen and the digits after it: codes hold no hyphen anyway. */
  private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"([^\"]+)-(\\d{1,18})\"\\s*");

  private EntityTags() {}

  public static EntityTag of(Classified record) {
    return of(String.valueOf(record.getId()), record.getVersion());
  }

  /** The tag of a version of what is keyed by {@code key}: a record's id, a sector's code. */
  public static EntityTag of(String key, long version) {
    return new EntityTag(key + "-" + version);
  }

  /** The version an {@code If-Match} header names for the record {@code id}. */
  public static long versionFrom(String ifMatch, long id) {
    return versionFrom(ifMatch, String.valueOf(id));
  }

  /** The version an {@code If-Match} header names for what is keyed by {@code key}. */
  public static long versionFrom(String ifMatch, String key) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionException(
          428,
          "Precondition required",
          "Send If-Match with the ETag you read, so that nobody's change is overwritten unseen.");
    }
    Matcher tag = TAG.matcher(ifMatch);
    if (!tag.matches() || !tag.group(1).equals(key)) {
      throw new PreconditionException(
          412, "Precondition failed", "If-Match does not name a version of this record.");
    }
    return Long.parseLong(tag.group(2));
  }

  /** A missing or unusable {@code If-Match}. */
  public static class PreconditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    PreconditionException(int status, String title, String detail) {
      super(detail);
      this.status = status;
      this.title = title;
    }

    Response toResponse(java.net.URI instance) {
      return new Problem(
              Problem.type(status == 428 ? "precondition-required" : "precondition-failed"),
              title,
              status,
              getMessage(),
              instance,
              List.of())
          .toResponse();
    }
  }

  /** Maps the exception above. */
  @jakarta.ws.rs.ext.Provider
  public static class PreconditionMapper
      implements jakarta.ws.rs.ext.ExceptionMapper<PreconditionException> {
    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;

    @Override
    public Response toResponse(PreconditionException e) {
      return e.toResponse(uri.getRequestUri());
    }
  }
}
