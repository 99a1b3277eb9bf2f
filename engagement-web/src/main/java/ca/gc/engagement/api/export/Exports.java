package ca.gc.engagement.api.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The export formats of API v1's lists, besides JSON, and the one rule for which one a request asks
 * for: {@code ?format=csv} or {@code ?format=ics} (for clients that cannot set {@code Accept}: a
 * link in a browser, a spreadsheet's "from web"), else the type its {@code Accept} prefers (highest
 * {@code q}, a concrete type before a wildcard, then the order given), as content negotiation reads
 * it. The export's transaction and spool ({@link ExportTransaction}), the list's page ({@code
 * ListParameters}) and the alias ({@link ExportFormatFilter}) all ask here.
 */
public final class Exports {

  public static final String TEXT_CSV = "text/csv";
  public static final String TEXT_CALENDAR = "text/calendar";
  public static final MediaType TEXT_CSV_TYPE = new MediaType("text", "csv");
  public static final MediaType TEXT_CALENDAR_TYPE = new MediaType("text", "calendar");

  private static final Map<String, String> FORMATS = Map.of("csv", TEXT_CSV, "ics", TEXT_CALENDAR);

  private Exports() {}

  /** The media type a {@code format} parameter stands for ({@code csv}, {@code ics}), or null. */
  public static String alias(String format) {
    return format == null ? null : FORMATS.get(format.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The file name of an export answered at {@code path} (under the API's root, {@code
   * missions/12/meetings}) as {@code type}: its segments joined by hyphens, with the format's
   * extension ({@code missions.csv}, {@code missions-12-meetings.ics}); null when the type is no
   * export format. The segments are the API's own paths (letters, digits, hyphens): nothing to
   * quote in a header.
   */
  public static String fileName(String path, MediaType type) {
    String extension =
        TEXT_CSV_TYPE.isCompatible(type)
            ? "csv"
            : TEXT_CALENDAR_TYPE.isCompatible(type) ? "ics" : null;
    if (extension == null || type.isWildcardType() || type.isWildcardSubtype()) {
      return null;
    }
    String name =
        String.join(
            "-",
            Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> segment.replaceAll("[^A-Za-z0-9_-]", "_"))
                .toList());
    return (name.isEmpty() ? "export" : name) + "." + extension;
  }

  /** Whether the request is a GET that wants its answer as CSV: an export. */
  public static boolean asksForCsv(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && TEXT_CSV.equals(asked(request.getParameter("format"), request.getHeader("Accept")));
  }

  /**
   * The type asked for: the {@code format} alias when it names one, else the type {@code Accept}
   * prefers (lower case, without parameters); null when neither says.
   */
  static String asked(String format, String accept) {
    String alias = alias(format);
    if (alias != null) {
      return alias;
    }
    if (accept == null || accept.isBlank()) {
      return null;
    }
    String preferred = null;
    double preferredQ = -1;
    int preferredRank = -1;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      if (type.isEmpty()) {
        continue;
      }
      double q = quality(parts);
      int rank = type.startsWith("*") ? 0 : type.endsWith("/*") ? 1 : 2;
      if (q > preferredQ || (q == preferredQ && rank > preferredRank)) {
        preferred = type;
        preferredQ = q;
        preferredRank = rank;
      }
    }
    return preferred;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2).strip());
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }
}
