package ca.gc.engagement.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An answer written to bytes before it is sent, and the entity tag that names those bytes. A list's
 * tag is computed from the very bytes its caller receives, so it depends on nothing the caller may
 * not see (clearance) and changes whenever anything they see does: an item, its version, the total
 * or the page. A kept answer (api/kept) and every other list are tagged this one way.
 */
public final class WrittenAnswer {

  private WrittenAnswer() {}

  /**
   * The answer's bytes as its writer (JSON-B) writes them; the response then gives these bytes as
   * they are, so that what is sent is what was tagged.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static byte[] bytesOf(ContainerResponseContext response, Providers providers)
      throws IOException {
    if (response.getEntity() instanceof byte[] written) {
      return written; // written already, by the filter that tagged it
    }
    Class type = response.getEntityClass();
    Type generic = response.getEntityType();
    Annotation[] annotations = response.getEntityAnnotations();
    MediaType mediaType = response.getMediaType();
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(type, generic, annotations, mediaType);
    if (writer == null) {
      throw new IllegalStateException("No writer of " + type + " as " + mediaType);
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream(16 * 1024);
    writer.writeTo(
        response.getEntity(),
        type,
        generic,
        annotations,
        mediaType,
        response.getHeaders(),
        written);
    return written.toByteArray();
  }

  /** A strong tag naming the bytes: the first 128 bits of their SHA-256, quoted. */
  public static String tagOf(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
