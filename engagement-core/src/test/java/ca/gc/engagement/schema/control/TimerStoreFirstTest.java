package ca.gc.engagement.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * On a cluster the EJB timer store's table is in the database before the application first migrates
 * it (configure-cluster.cli): that database is still migrated from V1, and one holding anything
 * else is still refused.
 */
class TimerStoreFirstTest {

  private final JdbcDataSource database = new JdbcDataSource();

  TimerStoreFirstTest() {
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
  }

  @Test
  void aDatabaseHoldingOnlyTheTimerStoreGetsEveryMigration() throws SQLException {
    create("create table JBOSS_EJB_TIMER (ID varchar(40) primary key)");

    SchemaMigrations migrations = new SchemaMigrations(database);
    migrations.migrate();

    assertEquals(0, migrations.state().pending());
    assertEquals(0, migrations.state().failed());
  }

  @Test
  void aDatabaseHoldingAnotherTableIsStillRefused() throws SQLException {
    create("create table JBOSS_EJB_TIMER (ID varchar(40) primary key)");
    create("create table PAYROLL (ID bigint primary key)");

    SchemaMigrations migrations = new SchemaMigrations(database);

    assertThrows(FlywayException.class, migrations::migrate);
  }

  private void create(String ddl) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.createStatement().executeUpdate(ddl);
    }
  }
}
