package ca.gc.engagement.schema.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.gc.engagement.schema.entity.DatabaseState;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseProbeTest {

  @Test
  void aDatabaseThatAnswersIsReachable() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID());

    DatabaseState state = new DatabaseProbe(database).ping(Duration.ofSeconds(1));

    assertTrue(state.reachable(), String.valueOf(state.failure()));
  }

  @Test
  void aDatabaseThatCannotBeReachedIsReportedWithTheDriversReason() {
    JdbcDataSource database = new JdbcDataSource();
    // IFEXISTS: H2 refuses to create it, as a server that is gone refuses the connection.
    database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";IFEXISTS=TRUE");

    DatabaseState state = new DatabaseProbe(database).ping(Duration.ofSeconds(1));

    assertFalse(state.reachable());
    assertTrue(state.failure().contains("not found"), state.failure());
  }
}
