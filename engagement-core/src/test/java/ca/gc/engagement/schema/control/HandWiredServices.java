package ca.gc.engagement.schema.control;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The real services for one call, outside the server, wired the way the container wires them: the
 * {@code @PersistenceContext} gets the call's entity manager, the {@code @Inject Caller} the
 * caller, each {@code @EJB} the one instance of its service for this call (wired the same way), and
 * the clearance filter is on with the caller's clearance, as {@code ClearanceFilter} switches it
 * on. The container's other parts (roles allowed, parameter validation) are not played: a test that
 * needs one asserts it another way.
 */
public final class HandWiredServices {

  /** The department as the server's defaults configure it: Canada, on Ottawa's clock. */
  public static final Department DEPARTMENT = Department.of("CA", "America/Toronto");

  private final EntityManager em;
  private final Caller caller;
  private final Map<Class<?>, Object> services = new HashMap<>();

  public HandWiredServices(EntityManager em, Caller caller) {
    this.em = em;
    this.caller = caller;
    em.unwrap(Session.class)
        .enableFilter(Classified.CLEARANCE_FILTER)
        .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
  }

  /** The service of that class for this call, with everything it refers to. */
  public <T> T get(Class<T> type) {
    Object known = services.get(type);
    if (known != null) {
      return type.cast(known);
    }
    try {
      T service = type.getDeclaredConstructor().newInstance();
      services.put(type, service);
      for (Field field : type.getDeclaredFields()) {
        Object value = dependency(field);
        if (value != null) {
          field.setAccessible(true);
          field.set(service, value);
        }
      }
      return service;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot wire " + type.getName(), e);
    }
  }

  private Object dependency(Field field) {
    if (field.isAnnotationPresent(PersistenceContext.class)) {
      return em;
    }
    if (field.isAnnotationPresent(EJB.class)) {
      return get(field.getType());
    }
    if (field.isAnnotationPresent(Inject.class) && field.getType() == Caller.class) {
      return caller;
    }
    if (field.isAnnotationPresent(Inject.class) && field.getType() == Department.class) {
      return DEPARTMENT;
    }
    if (field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(Resource.class)) {
      throw new IllegalStateException(
          "No stand-in for " + field.getDeclaringClass().getSimpleName() + "." + field.getName());
    }
    return null;
  }

  /**
   * A caller as the container would describe them: a name for the record, their roles (viewer,
   * officer, approver, admin) and their clearance, which is also a role ({@link
   * Classification#clearanceRole()}).
   */
  public static Caller caller(String name, Classification clearance, String... roles) {
    Set<String> granted = Set.of(roles);
    return new Caller() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean isInRole(String role) {
        return granted.contains(role) || role.equals(clearance.clearanceRole());
      }

      @Override
      public Classification clearance() {
        return clearance;
      }
    };
  }
}
