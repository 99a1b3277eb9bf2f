package ca.gc.engagement.schema.boundary;

import ca.gc.engagement.health.ReadinessReport;
import ca.gc.engagement.schema.control.DatabaseProbe;
import ca.gc.engagement.schema.control.SchemaMigrations;
import ca.gc.engagement.schema.control.TimeBound;
import ca.gc.engagement.schema.entity.DatabaseState;
import ca.gc.engagement.schema.entity.SchemaState;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the readiness probe is told: does the database answer, and is its schema the one this build
 * ships (read live from Flyway's history, not remembered from deployment: a database restored from
 * an older backup, or migrated by a newer build, shows). Open to everyone, since probes do not sign
 * in and no record is told about. No transaction: Flyway and the probe handle their connections.
 */
// Probes do not sign in and no record is read, outside any transaction: the clearance filter
// has no caller and nothing to filter, and the probe must answer even when the database does not.
@ExcludeDefaultInterceptors
@Stateless
@Local(ReadinessReport.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Readiness implements ReadinessReport {

  /** How long a probe waits for the database, below the usual timeouts of orchestrators' probes. */
  public static final Duration WITHIN = Duration.ofSeconds(2);

  @Resource(lookup = "java:jboss/datasources/EngagementDS")
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  @Override
  public Outcome database() {
    DatabaseState state =
        TimeBound.call(
            executor,
            WITHIN,
            () -> new DatabaseProbe(dataSource).ping(WITHIN),
            why -> DatabaseState.unreachable(WITHIN.toMillis(), why));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("responseMillis", state.millis());
    if (state.failure() != null) {
      data.put("failure", state.failure());
    }
    return new Outcome(state.reachable(), data);
  }

  @Override
  public Outcome schema() {
    return TimeBound.call(
        executor,
        WITHIN,
        () -> outcome(new SchemaMigrations(dataSource).state()),
        why -> new Outcome(false, Map.of("failure", why)));
  }

  private static Outcome outcome(SchemaState schema) {
    Map<String, Object> data = new LinkedHashMap<>();
    if (schema.applied() != null) {
      data.put("schemaVersion", schema.applied());
    }
    data.put("newestMigration", String.valueOf(schema.newest()));
    data.put("pending", schema.pending());
    data.put("failed", schema.failed());
    return new Outcome(schema.isCurrent(), data);
  }
}
