package ca.gc.engagement.api.export;

import ca.gc.engagement.query.boundary.ChunkedReading;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.Locale;

/**
 * A CSV answer of API v1 is read in one transaction, from the list's first chunk (read by its
 * resource) to the last (read while the CSV is written, after the resource has returned): so the
 * services' pages share one persistence context, which {@link ChunkedReading} keeps read-only and
 * empties between chunks. The transaction spans the whole request and ends here whatever happens, a
 * client gone mid-export included: the write fails, no further chunk is read, JAX-RS treats it as a
 * client abort, and the transaction (which wrote nothing) ends here and its connection goes back to
 * the pool.
 */
@WebFilter(urlPatterns = "/api/*")
public class ExportTransaction extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Resource private transient UserTransaction transaction;

  @EJB private transient ChunkedReading reading;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!asksForCsv(request)) {
      chain.doFilter(request, response);
      return;
    }
    begin();
    boolean completed = false;
    try {
      new CsvExport(reading::readOnly, reading::forgetChunk).openFor(request);
      chain.doFilter(request, response);
      completed = true;
    } finally {
      end(completed);
    }
  }

  /** A GET that wants CSV, by {@code Accept} or {@code ?format=csv} (ExportFormatFilter). */
  static boolean asksForCsv(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return false;
    }
    String format = request.getParameter("format");
    String accept = request.getHeader("Accept");
    return (format != null && format.strip().equalsIgnoreCase("csv"))
        || (accept != null && accept.toLowerCase(Locale.ROOT).contains(Exports.TEXT_CSV));
  }

  private void begin() throws ServletException {
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new ServletException("Could not open the export's transaction", e);
    }
  }

  /** Commits what completed (nothing was written: a read-only session); rolls back the rest. */
  private void end(boolean completed) throws ServletException {
    try {
      if (completed && transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.commit();
      } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException e) {
      throw new ServletException("Could not end the export's transaction", e);
    } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException e) {
      rollBackQuietly();
      throw new ServletException("Could not end the export's transaction", e);
    }
  }

  private void rollBackQuietly() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException ignored) {
      // the transaction manager already ended it (a timeout): nothing left to end
    }
  }
}
