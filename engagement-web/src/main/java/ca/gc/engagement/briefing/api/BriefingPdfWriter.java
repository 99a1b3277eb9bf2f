package ca.gc.engagement.briefing.api;

import ca.gc.engagement.api.export.FormatWriter;
import ca.gc.engagement.briefing.entity.Briefing;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;

/** A briefing book on the wire: {@code application/pdf}, rendered by {@link BriefingDocument}. */
@Provider
@Produces(BriefingDocument.MEDIA_TYPE)
public class BriefingPdfWriter extends FormatWriter<Briefing> {

  public BriefingPdfWriter() {
    super(new MediaType("application", "pdf"));
  }

  @Override
  protected boolean writes(Class<?> type) {
    return Briefing.class.isAssignableFrom(type);
  }

  @Override
  protected void write(
      Briefing book, Class<?> type, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
      throws IOException {
    byte[] pdf = BriefingDocument.render(book);
    httpHeaders.putSingle("Content-Length", pdf.length);
    out.write(pdf);
  }
}
