package ca.gc.engagement.api.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes any page of API v1 ({@code {items, page, size, total}}: a record whose {@code items} is a
 * list of representation records) as {@code text/csv; charset=UTF-8}, one row per item, columns
 * from the item's record header (CsvTable). A list's page that opens a {@link CsvExport} (up to 10
 * 000 rows) is written chunk by chunk, each flushed to the client before the next is read; the
 * response says where it is with {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size} (the
 * export's page and size, not its chunks').
 */
@Provider
@Produces(Exports.TEXT_CSV)
public class PageCsvWriter extends FormatWriter<Record> {

  @Context HttpServletRequest request;

  public PageCsvWriter() {
    super(Exports.TEXT_CSV_TYPE);
  }

  @Override
  protected boolean writes(Class<?> type) {
    return itemType(type) != null;
  }

  @Override
  protected void write(
      Record page, Class<?> type, MultivaluedMap<String, Object> httpHeaders, OutputStream out)
      throws IOException {
    httpHeaders.putSingle("Content-Type", Exports.TEXT_CSV + "; charset=UTF-8");
    Class<?> rowType = itemType(type);
    CsvExport export = request == null ? null : CsvExport.of(request);
    if (export != null && export.answers(page)) {
      httpHeaders.putSingle("X-Total-Count", String.valueOf(export.total()));
      httpHeaders.putSingle("X-Page", String.valueOf(export.page()));
      httpHeaders.putSingle("X-Page-Size", String.valueOf(export.size()));
      out.write(CsvTable.headerLine(rowType).getBytes(StandardCharsets.UTF_8));
      for (List<?> rows = export.firstRows(); rows != null; rows = export.nextRows()) {
        out.write(CsvTable.rows(rowType, rows).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      return;
    }
    putHeader(httpHeaders, page, "total", "X-Total-Count");
    putHeader(httpHeaders, page, "page", "X-Page");
    putHeader(httpHeaders, page, "size", "X-Page-Size");
    List<?> items = (List<?>) component(page, "items");
    out.write(CsvTable.write(rowType, items).getBytes(StandardCharsets.UTF_8));
  }

  /** The representation type of a page's items, or null when the type is no page. */
  static Class<?> itemType(Class<?> type) {
    if (!type.isRecord()) {
      return null;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals("items")
          && component.getType() == List.class
          && component.getGenericType() instanceof ParameterizedType list
          && list.getActualTypeArguments()[0] instanceof Class<?> item
          && item.isRecord()) {
        return item;
      }
    }
    return null;
  }

  private static void putHeader(
      MultivaluedMap<String, Object> headers, Record page, String name, String header) {
    Object value = component(page, name);
    if (value != null) {
      headers.putSingle(header, String.valueOf(value));
    }
  }

  /** A component of a page by name ({@code items}, {@code total}...), or null. */
  static Object component(Record page, String name) {
    for (RecordComponent component : page.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          var accessor = component.getAccessor();
          accessor.setAccessible(true);
          return accessor.invoke(page);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
      }
    }
    return null;
  }
}
