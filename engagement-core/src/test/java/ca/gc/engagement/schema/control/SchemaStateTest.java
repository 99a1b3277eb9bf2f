package ca.gc.engagement.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.schema.entity.SchemaState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * What the readiness probe reads about the schema, on real H2 databases and the real migrations.
 */
class SchemaStateTest {

  private final JdbcDataSource database = new JdbcDataSource();
  private final SchemaMigrations migrations;

  SchemaStateTest() {
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    migrations = new SchemaMigrations(database);
  }

  @Test
  void anEmptyDatabaseHasEveryMigrationPendingAndIsNotCurrent() {
    SchemaState state = migrations.state();

    assertNull(state.applied());
    assertTrue(state.pending() > 0, state.toString());
    assertFalse(state.isCurrent());
  }

  @Test
  void aMigratedDatabaseIsAtTheNewestMigrationShipped() {
    String version = migrations.migrate();

    SchemaState state = migrations.state();

    assertEquals(version, state.applied());
    assertEquals(version, state.newest());
    assertEquals(0, state.pending());
    assertEquals(0, state.failed());
    assertTrue(state.isCurrent());
  }

  @Test
  void aDatabaseANewerBuildMigratedIsNotCurrentForThisOne() throws SQLException {
    migrations.migrate();
    try (Connection connection = database.getConnection()) {
      connection
          .createStatement()
          .executeUpdate(
              "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                  + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\","
                  + " \"success\") values (999, '999', 'from a newer build', 'SQL',"
                  + " 'V999__from_a_newer_build.sql', 'sa', 1, true)");
    }

    SchemaState state = migrations.state();

    assertEquals("999", state.applied());
    assertFalse(state.isCurrent(), state.toString());
  }

  @Test
  void aFailedMigrationIsCounted() throws SQLException {
    migrations.migrate();
    try (Connection connection = database.getConnection()) {
      connection
          .createStatement()
          .executeUpdate(
              "update \"flyway_schema_history\" set \"success\" = false where \"installed_rank\" ="
                  + " (select max(\"installed_rank\") from \"flyway_schema_history\")");
    }

    SchemaState state = migrations.state();

    assertEquals(1, state.failed(), state.toString());
    assertFalse(state.isCurrent());
  }
}
