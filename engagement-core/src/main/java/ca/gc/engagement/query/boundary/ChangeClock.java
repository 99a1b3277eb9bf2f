package ca.gc.engagement.query.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.StatelessSession;
import org.hibernate.cache.spi.RegionFactory;
import org.hibernate.cache.spi.TimestampsCache;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Whether anything on file changed since a moment, by the clock Hibernate's query cache keeps: the
 * last write to each table, stamped when the writing transaction is flushed and again when it ends,
 * and replicated to every node of a cluster (decision 0025). An answer computed from a moment taken
 * before it was computed is current for as long as no table has been written since; a write in
 * progress counts as written. Any table (but the audit trail's copies, written only with the rows
 * they copy, and the screening audit, which no kept answer reads and every question writes):
 * coarse, so it can never miss a dependency.
 */
@ApplicationScoped
public class ChangeClock {

  /** Where WildFly binds the persistence unit's factory (persistence.xml). */
  static final String FACTORY = "java:jboss/engagement/EntityManagerFactory";

  /** persistence.xml's {@code org.hibernate.envers.audit_table_suffix}. */
  private static final String AUDIT_SUFFIX = "_aud";

  /** The screening audit's table (ScreeningAuditEntry): written by questions, read by no list. */
  private static final String SCREENING_AUDIT = "screening_audit";

  private volatile Watch watch;

  /** The moment to take before computing an answer that is to be kept. */
  public long now() {
    return watch().regions().nextTimestamp();
  }

  /**
   * Whether no table has been written since the moment, on any node. Never, without the query
   * cache: Hibernate then keeps no clock.
   */
  public boolean unchangedSince(long moment) {
    Watch on = watch();
    if (!on.watching()) {
      return false;
    }
    try (StatelessSession session = on.factory().openStatelessSession()) {
      return on.timestamps()
          .isUpToDate(on.tables(), moment, (SharedSessionContractImplementor) session);
    }
  }

  /**
   * Looked up when first used, not injected: a CDI bean's {@code @PersistenceUnit} is resolved when
   * Weld starts, which can come before WildFly has installed the unit (a deployment failed so in
   * CI).
   */
  private Watch watch() {
    Watch known = watch;
    if (known == null) {
      synchronized (this) {
        if (watch == null) {
          watch = Watch.of(factory());
        }
        known = watch;
      }
    }
    return known;
  }

  private static SessionFactoryImplementor factory() {
    try {
      EntityManagerFactory emf = InitialContext.doLookup(FACTORY);
      return emf.unwrap(SessionFactoryImplementor.class);
    } catch (NamingException e) {
      throw new IllegalStateException("No persistence unit at " + FACTORY, e);
    }
  }

  /** What the clock reads: Hibernate's table timestamps, and which tables. */
  private record Watch(
      SessionFactoryImplementor factory,
      TimestampsCache timestamps,
      RegionFactory regions,
      String[] tables,
      boolean watching) {

    static Watch of(SessionFactoryImplementor factory) {
      Set<String> spaces = new TreeSet<>();
      factory
          .getMappingMetamodel()
          .forEachEntityDescriptor(
              entity ->
                  Arrays.stream(entity.getQuerySpaces()).map(String::valueOf).forEach(spaces::add));
      factory
          .getMappingMetamodel()
          .forEachCollectionDescriptor(
              collection ->
                  Arrays.stream(collection.getCollectionSpaces())
                      .map(String::valueOf)
                      .forEach(spaces::add));
      // Envers writes an *_aud row only with the row it audits: the audited tables say it already.
      spaces.removeIf(table -> table.toLowerCase(Locale.ROOT).endsWith(AUDIT_SUFFIX));
      spaces.removeIf(table -> table.equalsIgnoreCase(SCREENING_AUDIT));
      return new Watch(
          factory,
          factory.getCache().getTimestampsCache(),
          factory.getCache().getRegionFactory(),
          spaces.toArray(String[]::new),
          factory.getSessionFactoryOptions().isQueryCacheEnabled());
    }
  }
}
