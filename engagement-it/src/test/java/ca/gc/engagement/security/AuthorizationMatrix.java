package ca.gc.engagement.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix (src/test/resources/security/authorization-matrix.md), one markdown
 * table kept for people to read: each row an API operation, a page or a probe, and what each
 * account gets from it.
 */
final class AuthorizationMatrix {

  static final List<String> PRINCIPALS =
      List.of("anonymous", "viewer", "officer", "approver", "admin");

  private static final String RESOURCE = "/security/authorization-matrix.md";

  /**
   * One row: kind (api, page, probe, door), method, path template, and the outcome by principal.
   */
  record Row(String kind, String method, String path, Map<String, String> expected) {

    String operation() {
      return method + " " + path;
    }
  }

  private AuthorizationMatrix() {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError("no " + RESOURCE + " on the test class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        List<String> cells = cells(line);
        if (cells.size() != 3 + PRINCIPALS.size()
            || cells.get(0).equals("kind")
            || cells.get(0).startsWith("-")) {
          continue;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < PRINCIPALS.size(); i++) {
          expected.put(PRINCIPALS.get(i), cells.get(3 + i));
        }
        rows.add(new Row(cells.get(0), cells.get(1), unquoted(cells.get(2)), expected));
      }
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String row = line.strip();
    if (!row.startsWith("|") || !row.endsWith("|")) {
      return List.of();
    }
    return Arrays.stream(row.substring(1, row.length() - 1).split("\\|"))
        .map(String::strip)
        .toList();
  }

  private static String unquoted(String cell) {
    return cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
  }
}
