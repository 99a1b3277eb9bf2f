package ca.gc.engagement.api.export;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV by hand: a header row and one row per record, CRLF line ends, a field quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled). A cell a spreadsheet would take for a formula
 * (starting with {@code = + - @}, tab or CR) is prefixed with a single quote.
 *
 * <p>A representation says its columns in one place, its record header: every component is a
 * column, by its name, in declaration order. Values are written as text: dates and instants in ISO
 * 8601, enums by name; a list is its elements joined by {@code "; "}; a nested record is its
 * non-empty components joined by a space.
 */
public final class CsvTable {

  static final String CRLF = "\r\n";
  static final String LIST_SEPARATOR = "; ";

  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

  private CsvTable() {}

  /** The columns of a representation type: its record components' names. */
  public static List<String> header(Class<?> rowType) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : components(rowType)) {
      names.add(component.getName());
    }
    return names;
  }

  /** The whole table, header first, each line ending in CRLF. */
  public static String write(Class<?> rowType, List<?> rows) {
    return headerLine(rowType) + rows(rowType, rows);
  }

  /** The header row alone, ending in CRLF: the start of a table written in chunks. */
  public static String headerLine(Class<?> rowType) {
    StringBuilder csv = new StringBuilder();
    line(csv, header(rowType));
    return csv.toString();
  }

  /** Rows without the header, each ending in CRLF: one chunk of a table. */
  public static String rows(Class<?> rowType, List<?> rows) {
    StringBuilder csv = new StringBuilder();
    List<Method> columns = accessors(rowType);
    for (Object row : rows) {
      List<String> cells = new ArrayList<>(columns.size());
      for (Method column : columns) {
        cells.add(text(read(column, row)));
      }
      line(csv, cells);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells.get(i)));
    }
    csv.append(CRLF);
  }

  /** One field: defused against formula injection, then quoted if RFC 4180 requires it. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String cell = defused(value);
    boolean quoted =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\r') >= 0
            || cell.indexOf('\n') >= 0;
    return quoted ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /** A cell starting with {@code = + - @}, tab or CR, prefixed with a single quote. */
  static String defused(String value) {
    char first = value.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  /** A value as the text of one cell (null: empty). */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> elements) {
      return elements.stream().map(CsvTable::text).collect(Collectors.joining(LIST_SEPARATOR));
    }
    if (value.getClass().isRecord()) {
      List<String> parts = new ArrayList<>();
      for (Method component : accessors(value.getClass())) {
        String part = text(read(component, value));
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return String.join(" ", parts);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value.toString();
  }

  private static RecordComponent[] components(Class<?> rowType) {
    if (!rowType.isRecord()) {
      throw new IllegalArgumentException(rowType + " is not a record");
    }
    return rowType.getRecordComponents();
  }

  /**
   * A record type's accessors in declaration order, looked up once per type: asking the class for
   * its components per row and cell was most of a 10 000-row export's time.
   */
  private static List<Method> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          List<Method> accessors = new ArrayList<>();
          for (RecordComponent component : components(t)) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            accessors.add(accessor);
          }
          return List.copyOf(accessors);
        });
  }

  private static Object read(Method accessor, Object row) {
    try {
      return accessor.invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + accessor, e);
    }
  }
}
