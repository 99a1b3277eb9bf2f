package ca.gc.engagement.schema.boundary;

import ca.gc.engagement.schema.control.SchemaMigrations;
import ca.gc.engagement.security.control.ClearanceFilter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database to the schema this build expects while the application deploys, before any
 * request is served. A failed migration fails the deployment: the application never runs on a
 * schema it does not know. Flyway manages its own transactions, hence bean-managed here.
 */
// Runs while the application deploys, before anyone calls: no caller to take a clearance from, and
// Flyway's own connections, not the persistence context the clearance filter switches on.
@ExcludeDefaultInterceptors
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@PersistenceContext(name = ClearanceFilter.PERSISTENCE_CONTEXT, unitName = "engagement")
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/EngagementDS")
  private DataSource dataSource;

  private String version;
  private int pending = -1;

  @PostConstruct
  void migrate() {
    long started = System.nanoTime();
    SchemaMigrations migrations = new SchemaMigrations(dataSource);
    version = migrations.migrate();
    pending = migrations.pending();
    LOG.info(
        () ->
            "Schema at version %s (%d ms)"
                .formatted(version, (System.nanoTime() - started) / 1_000_000));
  }

  /**
   * The schema version the migrations left the database at; empty until they ran. Open to everyone:
   * readiness probes ask it without signing in, and it says nothing about any record.
   */
  @PermitAll
  @Lock(LockType.READ)
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Whether every migration of this build has been applied (what readiness needs). */
  @PermitAll
  @Lock(LockType.READ)
  public boolean isComplete() {
    return version != null && pending == 0;
  }
}
