package ca.gc.engagement.briefing.api;

import ca.gc.engagement.briefing.entity.Briefing;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** A briefing book on the wire: {@code application/pdf}, rendered by {@link BriefingDocument}. */
@Provider
@Produces(BriefingDocument.MEDIA_TYPE)
public class BriefingPdfWriter implements MessageBodyWriter<Briefing> {

  private static final MediaType PDF = new MediaType("application", "pdf");

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Briefing.class.isAssignableFrom(type) && PDF.isCompatible(mediaType);
  }

  @Override
  public void writeTo(
      Briefing book,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    byte[] pdf = BriefingDocument.render(book);
    httpHeaders.putSingle("Content-Length", pdf.length);
    out.write(pdf);
  }
}
