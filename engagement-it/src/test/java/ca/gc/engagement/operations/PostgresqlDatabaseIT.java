package ca.gc.engagement.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.support.AgainstTheBuiltEar;
import ca.gc.engagement.support.ApiClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The PostgreSQL tier ({@code -Ppostgresql}) really is one: what the API records is a row of the
 * PostgreSQL database the tier names, migrated there by Flyway, not of an H2 file the server would
 * use had it missed the settings. Runs in that tier only (the H2 run reports it skipped).
 */
@EnabledIfSystemProperty(named = "engagement.db.url", matches = "jdbc:postgresql:.+")
class PostgresqlDatabaseIT extends AgainstTheBuiltEar {

  @Test
  void aMissionPlannedThroughTheApiIsARowOfThePostgresqlDatabase() throws SQLException {
    String title = "Ocean science talks in Lisbon " + UUID.randomUUID();
    HttpResponse<String> created =
        ApiClient.as(deployment, "officer")
            .postJson(
                "missions",
                """
                {"title": "%s", "counterpartCountry": "PT", "hostCity": "Lisbon",
                 "startDate": "2026-06-08", "endDate": "2026-06-09", "lead": "Minister of Fisheries",
                 "classification": "UNCLASSIFIED"}
                """
                    .formatted(title));
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    assertEquals(
        List.of(title + " | Lisbon | 2026-06-08"),
        rows(
            "select title || ' | ' || host_city || ' | ' || start_date from mission where id = ?",
            id));
  }

  @Test
  void flywayMigratedThePostgresqlDatabaseToTheNewestMigrationShipped() throws Exception {
    List<String> failed = rows("select version from flyway_schema_history where not success");
    assertTrue(failed.isEmpty(), "failed migrations: " + failed);
    assertEquals(
        List.of(ShippedMigrations.newestVersion()),
        rows(
            "select version from flyway_schema_history where version is not null"
                + " order by installed_rank desc limit 1"));
  }

  /** The first column of each row the query answers, read straight from the database. */
  private static List<String> rows(String sql, Object... parameters) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(
                System.getProperty("engagement.db.url"),
                System.getProperty("engagement.db.user"),
                System.getProperty("engagement.db.password"));
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    }
  }
}
