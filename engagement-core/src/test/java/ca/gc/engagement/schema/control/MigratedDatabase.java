package ca.gc.engagement.schema.control;

import ca.gc.engagement.security.control.Caller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A private in-memory H2 database brought to the current schema by the real migrations, with the
 * application's own persistence unit on top, outside any server. Hibernate only validates the
 * schema: a mapping the migrations do not match fails here, not in production.
 */
public final class MigratedDatabase implements AutoCloseable {

  private final EntityManagerFactory emf;
  private final String schemaVersion;

  /**
   * Without the second-level and query caches: each test reads what the database holds. What the
   * caches keep and when they let go is tested on the server (CachedListsIT), where the region
   * factory and the transactions are the production ones.
   */
  public MigratedDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    schemaVersion = new SchemaMigrations(dataSource).migrate();
    emf =
        Persistence.createEntityManagerFactory(
            "engagement",
            Map.of(
                "jakarta.persistence.transactionType",
                "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource",
                dataSource,
                "jakarta.persistence.nonJtaDataSource",
                dataSource,
                // persistence.xml says "none" (the migrations own the schema); here Hibernate
                // checks that the mappings match what the migrations built.
                "jakarta.persistence.schema-generation.database.action",
                "validate",
                "hibernate.hbm2ddl.auto",
                "validate",
                "hibernate.generate_statistics",
                "true",
                "hibernate.cache.use_second_level_cache",
                "false",
                "hibernate.cache.use_query_cache",
                "false"));
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  public EntityManagerFactory entityManagerFactory() {
    return emf;
  }

  /** Runs work in a transaction of its own and commits it. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /**
   * One call of the real service {@code type} by {@code caller}, wired as the container would
   * ({@link HandWiredServices}), in a transaction of its own.
   */
  public <S, T> T call(Caller caller, Class<S> type, Function<S, T> call) {
    return inTransaction(em -> call.apply(new HandWiredServices(em, caller).get(type)));
  }

  public void runInTransaction(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
  }
}
