package ca.gc.engagement.schema.entity;

/**
 * Where the database's schema stands against the migrations this build ships: the version applied
 * last (null on an empty database), the newest version shipped, and how many migrations are still
 * to apply or failed. A readiness probe reads it, so that an instance whose database is behind,
 * ahead (a newer build migrated it) or half-migrated takes no traffic.
 */
public record SchemaState(String applied, String newest, int pending, int failed) {

  /** The database is at this build's newest migration, with nothing left to apply or repair. */
  public boolean isCurrent() {
    return applied != null && applied.equals(newest) && pending == 0 && failed == 0;
  }
}
