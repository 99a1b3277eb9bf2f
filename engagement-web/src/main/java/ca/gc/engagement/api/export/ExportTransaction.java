package ca.gc.engagement.api.export;

import ca.gc.engagement.api.Problem;
import ca.gc.engagement.query.boundary.ChunkedReading;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A CSV answer of API v1 is read in one transaction, from the list's first chunk (read by its
 * resource) to the last (read while the CSV is written, after the resource has returned): so the
 * services' pages share one persistence context, which {@link ChunkedReading} keeps read-only and
 * empties between chunks. The CSV is <em>spooled</em> (decision 0030): written, as fast as the
 * database reads, to a file under the server's temporary directory ({@link SpooledResponse}); the
 * transaction ends and its connection goes back to the pool; only then is the file copied to the
 * client, however slowly it reads, and deleted whatever happens. A failure while reading is then
 * still a problem answer, since nothing has reached the client yet.
 *
 * <p>An account runs at most {@code engagement.api.max-concurrent-exports} exports at once on this
 * node (default 2, {@link ExportSlots}); another is a 429 problem {@code too-many-exports} with
 * {@code Retry-After}.
 */
@WebFilter(urlPatterns = "/api/*")
public class ExportTransaction extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String MAX_CONCURRENT = "engagement.api.max-concurrent-exports";
  public static final int DEFAULT_MAX_CONCURRENT = 2;
  static final String RETRY_AFTER_SECONDS = "5";

  private static final Logger LOG = Logger.getLogger(ExportTransaction.class.getName());

  @EJB private transient ChunkedReading reading;

  private transient ExportSlots slots;
  private transient Path spoolDirectory;

  @Override
  public void init() throws ServletException {
    slots =
        new ExportSlots(
            ConfigProvider.getConfig()
                .getOptionalValue(MAX_CONCURRENT, Integer.class)
                .orElse(DEFAULT_MAX_CONCURRENT));
    String temp = System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir"));
    spoolDirectory = Path.of(temp, "engagement-exports");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    if (!Exports.asksForCsv(request) || caller == null) {
      chain.doFilter(request, response); // not an export, or refused by BasicAuthentication
      return;
    }
    String account = caller.getName();
    if (!slots.take(account)) {
      tooMany(request, response);
      return;
    }
    try {
      Files.createDirectories(spoolDirectory);
      Path file = Files.createTempFile(spoolDirectory, "export-", ".csv");
      try {
        SpooledResponse spooled = new SpooledResponse(response, file);
        try {
          spool(request, spooled, chain);
          copy(spooled, response);
        } finally {
          spooled.close();
        }
      } finally {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(Level.WARNING, "Could not delete the export's spool file " + file, e);
        }
      }
    } finally {
      slots.give(account);
    }
  }

  /**
   * Runs the export into its file, in one read-only transaction ({@link ChunkedReading#read}) that
   * ends before anything is sent.
   */
  private void spool(HttpServletRequest request, SpooledResponse spooled, FilterChain chain)
      throws IOException, ServletException {
    try {
      reading.read(
          () -> {
            new CsvExport(reading::forgetChunk).openFor(request);
            chain.doFilter(request, spooled);
            spooled.finishSpool();
          });
    } catch (ChunkedReading.ReadFailed failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof IOException e) {
        throw e;
      }
      if (cause instanceof ServletException e) {
        throw e;
      }
      if (cause instanceof RuntimeException e) {
        throw e;
      }
      throw new ServletException("The export failed", cause);
    }
  }

  /**
   * Copies the spooled export to the client. A client gone, or stalled past the listener's write
   * timeout, ends it here: nothing of ours failed, and the transaction ended long before.
   */
  private static void copy(SpooledResponse spooled, HttpServletResponse response) {
    try {
      spooled.copyTo(response);
    } catch (IOException e) {
      LOG.log(Level.FINE, "An export's client went away before it had the whole body", e);
    }
  }

  private void tooMany(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    new Problem(
            Problem.type("too-many-exports"),
            "Too many exports at once",
            429,
            "This account already has "
                + slots.limit()
                + " exports running; wait for one to finish, then try again.",
            URI.create(request.getRequestURI()),
            List.of())
        .writeTo(response, "Retry-After", RETRY_AFTER_SECONDS);
  }
}
