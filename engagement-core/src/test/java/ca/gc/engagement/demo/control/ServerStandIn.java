package ca.gc.engagement.demo.control;

import ca.gc.engagement.schema.control.HandWiredServices;
import ca.gc.engagement.schema.control.MigratedDatabase;
import ca.gc.engagement.security.control.Caller;
import ca.gc.engagement.security.entity.Classification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.Function;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.InvocationHandlerAdapter;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * What the EJB container does around a call to a service, played outside the server for one caller:
 * the caller's roles are checked against {@code @RolesAllowed}, the parameters are validated, and
 * the call runs in a transaction of its own (committed when it returns) on services wired afresh to
 * that transaction, with the clearance filter on at the caller's clearance. What a service returns
 * is detached, as it is in the server.
 */
final class ServerStandIn implements AutoCloseable {

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
    return HandWiredServices.caller(name, clearance, roles);
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
          HandWiredServices services = new HandWiredServices(em, caller);
          return reads.apply(services::get);
        });
  }

  private Object call(Class<?> type, Method method, Object[] given) {
    Object[] args = given == null ? new Object[0] : given;
    requireRole(type, method);
    return db.inTransaction(
        em -> {
          Object target = new HandWiredServices(em, caller).get(type);
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

  @Override
  public void close() {
    validation.close();
  }
}
