package ca.gc.engagement.schema.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aRefusedConnectionUnderThePoolJpaAndTheEjbIsAnOutage() {
    var refused = new SQLNonTransientConnectionException("Connection is broken", "90067");
    var pool = new SQLException("IJ031084: Unable to create connection", new Exception(refused));
    var jpa = new PersistenceException("Unable to acquire JDBC Connection", pool);
    assertTrue(DatabaseOutage.causedBy(new EJBException(jpa)));
  }

  @Test
  void aConnectionExceptionByItsSqlStateIsAnOutage() {
    assertTrue(
        DatabaseOutage.causedBy(
            new PersistenceException(new SQLException("Connection refused", "08001"))));
  }

  @Test
  void otherDatabaseFailuresAreNot() {
    assertFalse(
        DatabaseOutage.causedBy(
            new EJBException(
                new PersistenceException(new SQLSyntaxErrorException("bad SQL", "42000")))));
    assertFalse(DatabaseOutage.causedBy(new PersistenceException("constraint")));
    assertFalse(DatabaseOutage.causedBy(new IllegalStateException()));
  }
}
