package ca.gc.engagement.query.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
 * they copy): coarse, so it can never miss a dependency.
 */
@ApplicationScoped
public class ChangeClock {

  /** persistence.xml's {@code org.hibernate.envers.audit_table_suffix}. */
  private static final String AUDIT_SUFFIX = "_aud";

  @PersistenceUnit private EntityManagerFactory emf;

  private SessionFactoryImplementor factory;
  private TimestampsCache timestamps;
  private RegionFactory regions;
  private String[] tables;

  private boolean watching;

  @PostConstruct
  void watchEveryTable() {
    factory = emf.unwrap(SessionFactoryImplementor.class);
    timestamps = factory.getCache().getTimestampsCache();
    regions = factory.getCache().getRegionFactory();
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
    tables = spaces.toArray(String[]::new);
    watching = factory.getSessionFactoryOptions().isQueryCacheEnabled();
  }

  /** The moment to take before computing an answer that is to be kept. */
  public long now() {
    return regions.nextTimestamp();
  }

  /**
   * Whether no table has been written since the moment, on any node. Never, without the query
   * cache: Hibernate then keeps no clock.
   */
  public boolean unchangedSince(long moment) {
    if (!watching) {
      return false;
    }
    try (StatelessSession session = factory.openStatelessSession()) {
      return timestamps.isUpToDate(tables, moment, (SharedSessionContractImplementor) session);
    }
  }

  /** The tables watched (all of the persistence unit's), for the record. */
  public Set<String> tables() {
    return Set.of(tables);
  }
}
