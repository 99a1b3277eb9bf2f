package ca.gc.engagement.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads the API's request bodies with JSON-B. The built-in reader reports a malformed body as a
 * ProcessingException, which cannot be told apart from a failure of ours; here a body that does not
 * parse into the request type is the caller's mistake, a 400. The text is checked first ({@link
 * JsonText}); a field the request type does not have is refused rather than ignored, so that a
 * client's misspelt field is never silently dropped; dates are read within {@link RecordDates},
 * texts and ids as their JSON types say ({@link StrictValues}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

  /** Yasson's switch: refuse a field the type does not have (JSON-B's default ignores it). */
  private static final String FAIL_ON_UNKNOWN = "jsonb.fail-on-unknown-properties";

  private static final String UNREADABLE =
      "The body is not JSON of the form this resource accepts (check the field names and types,"
          + " and dates as 2026-01-13).";

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .setProperty(FAIL_ON_UNKNOWN, true)
              .withDeserializers(
                  new RecordDates.Days(),
                  new RecordDates.Instants(),
                  new StrictValues.Texts(),
                  new StrictValues.Ids()));

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.getName().startsWith("ca.gc.engagement.");
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream body)
      throws IOException {
    byte[] bytes = body.readAllBytes();
    if (bytes.length == 0) {
      return null; // no body at all: the resource says it needs one (RequestBodies)
    }
    String text = JsonText.checked(bytes);
    try {
      return JSONB.fromJson(text, genericType);
    } catch (JsonbException unreadable) {
      throw new UnreadableBodyException(
          cause(unreadable, RecordDates.OutOfRange.class)
              .map(Throwable::getMessage)
              .orElse(UNREADABLE),
          unreadable);
    }
  }

  /** JSON-B wraps what a deserializer threw. */
  private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
