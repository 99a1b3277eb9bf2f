package ca.gc.engagement.api.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes one kind of answer in one format besides JSON (a list as CSV, meetings as iCalendar, a
 * briefing book as PDF): it says which types it writes and how, content negotiation having chosen
 * its format. Annotations and generic types play no part in any of them.
 */
public abstract class FormatWriter<T> implements MessageBodyWriter<T> {

  private final MediaType format;

  protected FormatWriter(MediaType format) {
    this.format = format;
  }

  /** Whether answers of this type are written here. */
  protected abstract boolean writes(Class<?> type);

  /** Writes the answer; its headers can still be set. */
  protected abstract void write(
      T answer, Class<?> type, MultivaluedMap<String, Object> headers, OutputStream out)
      throws IOException;

  @Override
  public final boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return format.isCompatible(mediaType) && writes(type);
  }

  @Override
  public final void writeTo(
      T answer,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    write(answer, type, httpHeaders, out);
  }
}
