package ca.gc.engagement.schema.control;

import ca.gc.engagement.schema.entity.DatabaseState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers: a connection from the pool, validated by the driver with a
 * timeout ({@link Connection#isValid}, the JDBC form of {@code SELECT 1}, which every driver knows
 * how to send its own way).
 */
public final class DatabaseProbe {

  private final DataSource dataSource;

  public DatabaseProbe(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Pings the database, waiting at most {@code timeout} for the driver's answer. */
  public DatabaseState ping(Duration timeout) {
    long started = System.nanoTime();
    int seconds = (int) Math.max(1, timeout.toSeconds());
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(seconds)
          ? DatabaseState.reachable(since(started))
          : DatabaseState.unreachable(
              since(started), "The connection did not validate within " + seconds + " s.");
    } catch (SQLException e) {
      return DatabaseState.unreachable(since(started), e.getMessage());
    }
  }

  private static long since(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
