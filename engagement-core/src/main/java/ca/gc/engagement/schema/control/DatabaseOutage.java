package ca.gc.engagement.schema.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach the database (refused, broken, no connection to be had) from every other
 * failure, by looking through the layers that wrap it (EJB, JPA, the pool): only that one is the
 * database being unavailable, which the caller may retry; anything else stays a fault of ours.
 */
public final class DatabaseOutage {

  /** SQLState class 08: connection exception (SQL standard; PostgreSQL and others use it). */
  private static final String CONNECTION_EXCEPTION = "08";

  private static final int DEEPEST = 32;

  private DatabaseOutage() {}

  /** Whether the failure, or anything it was caused by, is a connection to the database failing. */
  public static boolean causedBy(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < DEEPEST; depth++) {
      if (isConnectionFailure(cause)) {
        return true;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable failure) {
    if (failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLTransientConnectionException) {
      return true;
    }
    return failure instanceof SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
  }
}
