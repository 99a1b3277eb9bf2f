package ca.gc.engagement.schema.control;

import ca.gc.engagement.schema.entity.SchemaState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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

  private static final String TIMER_STORE = "jboss_ejb_timer";

  private final Flyway flyway;

  public SchemaMigrations(DataSource dataSource) {
    this.flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            // 0: a database whose only table is the cluster's EJB timer store still gets V1
            // onwards.
            .baselineOnMigrate(holdsOnlyTheTimerStore(dataSource))
            .baselineVersion("0")
            .load();
  }

  /**
   * Whether the schema's only table is the EJB timer store's ({@code jboss_ejb_timer}). On a
   * cluster the server creates that table in this database as it starts (configure-cluster.cli),
   * before the application deploys and migrates, and Flyway would refuse a non-empty schema it has
   * no history of. Any other table (Flyway's own history included) and Flyway decides as usual.
   */
  static boolean holdsOnlyTheTimerStore(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables =
            connection
                .getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
      boolean timerStore = false;
      while (tables.next()) {
        String type = tables.getString("TABLE_TYPE");
        if (!"TABLE".equals(type) && !"BASE TABLE".equals(type)) {
          continue; // views, sequences, system tables
        }
        if (!TIMER_STORE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
          return false;
        }
        timerStore = true;
      }
      return timerStore;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the database's tables: " + e.getMessage(), e);
    }
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
