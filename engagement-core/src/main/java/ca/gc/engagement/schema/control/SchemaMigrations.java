package ca.gc.engagement.schema.control;

import ca.gc.engagement.schema.entity.SchemaState;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The versioned migrations under {@code db/migration}: the only source of the schema, on the server
 * and in the unit tests alike. Flyway is given the class loader that sees this module's resources,
 * since a deployment's own class path is not the thread's default one.
 */
public final class SchemaMigrations {

  public static final String LOCATION = "classpath:db/migration";

  private final Flyway flyway;

  public SchemaMigrations(DataSource dataSource) {
    this.flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .load();
  }

  /** How many migrations this build has that the database has not had yet. */
  public int pending() {
    return flyway.info().pending().length;
  }

  /** Applies what the database lacks and answers the version it is at afterwards. */
  public String migrate() {
    MigrateResult result = flyway.migrate();
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : flyway.info().current().getVersion().getVersion();
  }

  /**
   * Where the database stands now against the migrations shipped, read from Flyway's history table
   * and the migrations on the class path; nothing is changed.
   */
  public SchemaState state() {
    MigrationInfoService info = flyway.info();
    MigrationInfo current = info.current();
    String newest =
        Arrays.stream(info.all())
            .filter(m -> m.isVersioned() && m.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .max(Comparator.naturalOrder())
            .map(MigrationVersion::getVersion)
            .orElse(null);
    int failed = (int) Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
    return new SchemaState(
        current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
        newest,
        info.pending().length,
        failed);
  }
}
