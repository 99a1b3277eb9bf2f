package ca.gc.engagement.hostile;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test-only, added to the EAR by the hostile-input tests and never part of the product: one line
 * per table of the application's database ({@code schema.table rows sha256}), every table the
 * database has, Flyway's history and the audit tables included, each hash over its rows sorted, so
 * that two fingerprints are equal exactly when the database holds the same. The overdue check's two
 * tables and the webhook dispatcher's are left out: their timers may write them during the corpus,
 * whatever the requests do.
 */
@WebServlet("/test-support/database-fingerprint")
public class DatabaseFingerprintServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/EngagementDS")
  private transient DataSource database;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    try (Connection connection = database.getConnection()) {
      StringBuilder fingerprint = new StringBuilder();
      for (String table : tables(connection)) {
        fingerprint.append(table).append(' ').append(contents(connection, table)).append('\n');
      }
      response.getWriter().write(fingerprint.toString());
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet found =
            statement.executeQuery(
                "select table_schema, table_name from information_schema.tables"
                    + " where table_type = 'BASE TABLE'"
                    // The database's own catalogue (H2's, PostgreSQL's): not the application's.
                    + " and lower(table_schema) not in ('information_schema', 'pg_catalog')"
                    // What the daily overdue check writes, on its own clock, not in answer to a
                    // request.
                    + " and lower(table_name) not in ('overdue_check', 'overdue_notice'"
                    // What the webhook dispatcher writes on its own clock (a subscription's
                    // progress, its deliveries); a subscription created or cancelled still shows,
                    // in subscription_aud.
                    + ", 'subscription', 'delivery')"
                    + " order by table_schema, table_name")) {
      while (found.next()) {
        tables.add('"' + found.getString(1) + "\".\"" + found.getString(2) + '"');
      }
    }
    return tables;
  }

  /** The table's row count and a SHA-256 of its rows, each row its columns' text, rows sorted. */
  private static String contents(Connection connection, String table)
      throws SQLException, NoSuchAlgorithmException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet all = statement.executeQuery("select * from " + table)) {
      int columns = all.getMetaData().getColumnCount();
      while (all.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(all.getString(c)).append('\u001f');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    rows.forEach(r -> sha.update((r + '\u001e').getBytes(StandardCharsets.UTF_8)));
    return rows.size() + " " + HexFormat.of().formatHex(sha.digest());
  }
}
