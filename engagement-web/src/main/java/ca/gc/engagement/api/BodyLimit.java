package ca.gc.engagement.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No request body larger than {@code engagement.api.max-body-bytes} (MicroProfile Config; default 1
 * MiB, far above any real record) is read: one that says so in {@code Content-Length} is refused
 * before a byte of it is read, and one sent in chunks is read only up to the limit. Either way a
 * 413 problem, and nothing stored, instead of a server holding megabytes for a parser.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  public static final String PROPERTY = "engagement.api.max-body-bytes";
  public static final long DEFAULT = 1024 * 1024;

  private final long limit;

  public BodyLimit() {
    this(ConfigProvider.getConfig().getOptionalValue(PROPERTY, Long.class).orElse(DEFAULT));
  }

  BodyLimit(long limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException(
          PROPERTY + " must be a positive number of bytes: " + limit);
    }
    this.limit = limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (declared != null && exceeds(declared.strip())) {
      throw new BodyTooLargeException(limit);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedBody(request.getEntityStream(), limit));
    }
  }

  private boolean exceeds(String length) {
    // Digits only (Undertow refuses any other Content-Length); too many digits for a long is too
    // large as well.
    return length.chars().allMatch(Character::isDigit)
        && (length.length() > 18 || Long.parseLong(length) > limit);
  }
}
