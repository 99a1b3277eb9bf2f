package ca.gc.engagement.security.control;

import ca.gc.engagement.security.entity.Classified;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import javax.naming.InitialContext;
import org.hibernate.Session;

/**
 * Switches on the Hibernate clearance filter, with the caller's clearance, in the persistence
 * context of the current transaction before a service method runs. Queries and collection loads are
 * then filtered by the database; loads by id are checked by {@link Caller#visible}.
 */
public class ClearanceFilter {

  /** Where the module's transaction-scoped persistence context is bound (see SchemaMigration). */
  public static final String PERSISTENCE_CONTEXT = "java:module/persistence/engagement";

  @Inject private Caller caller;

  @AroundInvoke
  public Object filter(InvocationContext invocation) throws Exception {
    EntityManager em = (EntityManager) new InitialContext().lookup(PERSISTENCE_CONTEXT);
    em.unwrap(Session.class)
        .enableFilter(Classified.CLEARANCE_FILTER)
        .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
    return invocation.proceed();
  }
}
