package ca.gc.engagement.demo.control;

import ca.gc.engagement.agreement.boundary.AgreementService;
import ca.gc.engagement.audit.boundary.RecordHistory;
import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.followup.boundary.FollowUpService;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.security.entity.Classified;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.trademeasure.boundary.TradeMeasureService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;
import org.hibernate.Session;

/**
 * What the EJB container does around a call to a service, played outside the server for one caller:
 * the caller's roles are checked against {@code @RolesAllowed}, the parameters are validated, and
 * the call runs in a transaction of its own (committed when it returns) on services wired afresh to
 * that transaction, with the clearance filter on at the caller's clearance. What a service returns
 * is detached, as it is in the server.
 */
final class ServerStandIn implements AutoCloseable {

  private static final List<Class<?>> SERVICES =
      List.of(
          RecordHistory.class,
          SectorService.class,
          RecordSearch.class,
          CarveOutService.class,
          MissionService.class,
          StakeholderService.class,
          StatementService.class,
          MeetingService.class,
          TradeMeasureService.class,
          AgreementService.class,
          FollowUpService.class);

  private final MigratedDatabase db;
  private final Caller caller;
  private final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();
  private final Validator validator = validation.getValidator();

  ServerStandIn(MigratedDatabase db, Caller caller) {
    this.db = db;
    this.caller = caller;
  }

  /** A caller as the realm would make them: a name, roles and a clearance. */
  static Caller caller(String name, Classification clearance, String... roles) {
    Set<String> held = Set.of(roles);
    return new Caller() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean isInRole(String role) {
        return held.contains(role);
      }

      @Override
      public Classification clearance() {
        return clearance;
      }
    };
  }

  /** The service as a client sees it: every public method a container-managed call. */
  <S> S service(Class<S> type) {
    try {
      return new ByteBuddy()
          .subclass(type)
          .method(ElementMatchers.isPublic().and(ElementMatchers.isDeclaredBy(type)))
          .intercept(InvocationHandlerAdapter.of((proxy, method, args) -> call(type, method, args)))
          .make()
          .load(type.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
          .getLoaded()
          .getDeclaredConstructor()
          .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The services wired to one transaction. */
  interface Wired {
    <S> S get(Class<S> service);
  }

  /**
   * Runs reads in one transaction, as a page does while it renders: what the services return stays
   * attached, so its lazy collections can be read.
   */
  <T> T within(Function<Wired, T> reads) {
    return db.inTransaction(
        em -> {
          Map<Class<?>, Object> services = transaction(em);
          return reads.apply(
              new Wired() {
                @Override
                public <S> S get(Class<S> service) {
                  return service.cast(services.get(service));
                }
              });
        });
  }

  private Object call(Class<?> type, Method method, Object[] given) {
    Object[] args = given == null ? new Object[0] : given;
    requireRole(type, method);
    return db.inTransaction(
        em -> {
          Object target = transaction(em).get(type);
          var violations = validator.forExecutables().validateParameters(target, method, args);
          if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
          }
          return invoke(target, method, args);
        });
  }

  private void requireRole(Class<?> type, Method method) {
    RolesAllowed allowed =
        method.isAnnotationPresent(RolesAllowed.class)
            ? method.getAnnotation(RolesAllowed.class)
            : type.getAnnotation(RolesAllowed.class);
    if (allowed != null && Arrays.stream(allowed.value()).noneMatch(caller::isInRole)) {
      throw new EJBAccessException(caller.name() + " may not call " + method.getName());
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refusal) {
        throw refusal;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The clearance filter on, and every service with its injected fields set by type. */
  private Map<Class<?>, Object> transaction(EntityManager em) {
    em.unwrap(Session.class)
        .enableFilter(Classified.CLEARANCE_FILTER)
        .setParameter(Classified.CLEARANCE_PARAMETER, caller.clearance().level());
    Map<Class<?>, Object> services = new HashMap<>();
    for (Class<?> type : SERVICES) {
      try {
        services.put(type, type.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    services.put(EntityManager.class, em);
    services.put(Caller.class, caller);
    services.put(Department.class, HandWiredServices.DEPARTMENT);
    for (Class<?> type : SERVICES) {
      inject(services.get(type), services);
    }
    return services;
  }

  private static void inject(Object service, Map<Class<?>, Object> available) {
    for (Field field : service.getClass().getDeclaredFields()) {
      if (field.isAnnotationPresent(EJB.class)
          || field.isAnnotationPresent(Inject.class)
          || field.isAnnotationPresent(PersistenceContext.class)) {
        Object value = available.get(field.getType());
        if (value == null) {
          throw new IllegalStateException("Nothing to inject into " + field);
        }
        try {
          field.setAccessible(true);
          field.set(service, value);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Override
  public void close() {
    validation.close();
  }
}
