package ca.gc.engagement.security.control;

import ca.gc.engagement.security.entity.Classified;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * Switches on the Hibernate clearance filter, with the caller's clearance, in the persistence
 * context of the current transaction before a service method runs. Queries and collection loads are
 * then filtered by the database; loads by id are checked by {@link Caller#visible}.
 */
public class ClearanceFilter {

  @PersistenceContext private EntityManager em;

  @Inject private Caller caller;

  @AroundInvoke
  public Object filter(InvocationContext invocation) throws Exception {
    em.unwrap(Session.class)
        .enableFilter(Classified.CLEARANCE_FILTER)
        .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
    return invocation.proceed();
  }
}
