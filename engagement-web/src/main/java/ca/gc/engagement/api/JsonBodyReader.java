package ca.gc.engagement.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * Reads the API's request bodies with JSON-B. The built-in reader reports a malformed body as a
 * ProcessingException, which cannot be told apart from a failure of ours; here a body that does not
 * parse into the request type is the caller's mistake, a 400. The text is checked first ({@link
 * JsonText}); then held against the request type ({@link BodyShape}), so that every field it cannot
 * take is a 400 naming it: a field the type does not have is refused rather than ignored, so that a
 * client's misspelt field is never silently dropped, and so is a value of the wrong type or an
 * enum's unknown constant; dates are read within {@link RecordDates}, texts and ids as their JSON
 * types say ({@link StrictValues}). A PUT's fields the type lacks (the record's id, version,
 * status...) are set aside and judged against the record ({@link SentBackFields}).
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

  /** The request whose body this is: a PUT's fields that the type lacks are set aside. */
  @Context HttpServletRequest request;

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
    JsonValue parsed;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      parsed = reader.readValue();
    } catch (JsonException notJson) {
      throw new UnreadableBodyException(UNREADABLE, notJson);
    }
    boolean sentBack = request != null && HttpMethod.PUT.equals(request.getMethod());
    BodyShape shape = BodyShape.of(parsed, genericType, sentBack);
    if (!shape.errors().isEmpty()) {
      if (shape.errors().get(0).field().isEmpty()) {
        throw new UnreadableBodyException(UNREADABLE); // the body as a whole: no field to name
      }
      throw new UnreadableBodyException(shape.errors());
    }
    if (!shape.setAside().isEmpty()) {
      SentBackFields.keep(request, shape.setAside());
      JsonObjectBuilder kept = Json.createObjectBuilder(parsed.asJsonObject());
      shape.setAside().keySet().forEach(kept::remove);
      text = kept.build().toString();
    }
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
