package ca.gc.engagement.api;

import ca.gc.engagement.schema.control.DatabaseOutage;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.List;

/**
 * The database not answering is not a fault of the request nor a bug of ours: 503 with a problem
 * body and {@code Retry-After}, so that a client retries instead of reporting an incident. Only a
 * failure to reach the database counts ({@link DatabaseOutage}); any other failure wrapped the same
 * way goes on to {@link UnexpectedFailureMapper}. The failure arrives wrapped by the EJB container
 * or by JPA, hence one mapper for each wrapper.
 */
public final class DatabaseUnavailableMappers {

  /** Seconds a client should wait before trying again; the pool reconnects on the next request. */
  static final String RETRY_AFTER_SECONDS = "10";

  private DatabaseUnavailableMappers() {}

  abstract static class Unavailable<E extends Throwable> implements ExceptionMapper<E> {

    @Context UriInfo uri;
    @Context Providers providers;

    @Override
    public Response toResponse(E failure) {
      if (!DatabaseOutage.causedBy(failure)) {
        return providers.getExceptionMapper(Throwable.class).toResponse(failure);
      }
      return Response.fromResponse(
              new Problem(
                      Problem.type("database-unavailable"),
                      "The records are temporarily unavailable",
                      503,
                      "The database does not answer. Nothing was changed; try again shortly.",
                      uri.getRequestUri(),
                      List.of())
                  .toResponse())
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .build();
    }
  }

  @Provider
  public static class FromEjb extends Unavailable<EJBException> {}

  @Provider
  public static class FromPersistence extends Unavailable<PersistenceException> {}
}
