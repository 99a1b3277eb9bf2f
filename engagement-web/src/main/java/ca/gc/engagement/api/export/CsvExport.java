package ca.gc.engagement.api.export;

import ca.gc.engagement.api.Problem;
import ca.gc.engagement.query.entity.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One CSV export of a list: {@code size} rows (up to {@link #MAX_ROWS}) from row {@code page ×
 * size}, read as the list's own pages of at most {@link PageRequest#MAX_SIZE} records (chunks), so
 * that a chunk at a time is in memory, never the whole export. The rows are the JSON list's rows in
 * its order, with its filters and clearance, because each chunk is that list's page; the chunks are
 * read in the request's one read-only transaction (ExportTransaction, ChunkedReading), forgotten
 * once written.
 *
 * <p>Chunks follow the grid of the service's pages: with a size above 200, chunk {@code k} is the
 * page {@code (k, 200)}, and the first and last are trimmed to the rows asked for; with a size of
 * 200 or less the one chunk is the page asked for, as before.
 */
public final class CsvExport {

  /** The most rows one CSV answer holds. */
  public static final int MAX_ROWS = 10_000;

  private static final String ATTRIBUTE = CsvExport.class.getName();

  private final Runnable betweenChunks;

  private int page;
  private int size;
  private long firstRow;
  private long endRow;
  private int chunkSize;
  private Function<PageRequest, ? extends Record> lister;
  private Record first;
  private long total;
  private long chunk;
  private boolean done;

  /**
   * @param betweenChunks run once a chunk is written, before the next is read (it is forgotten)
   */
  public CsvExport(Runnable betweenChunks) {
    this.betweenChunks = betweenChunks;
  }

  /** The export a request opened (ExportTransaction), or null. */
  public static CsvExport of(HttpServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof CsvExport export ? export : null;
  }

  /** Makes the export the request's. */
  public void openFor(HttpServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  /** Why a CSV size is refused, if it is: below 1 or above {@link #MAX_ROWS}. */
  public static Optional<Problem.FieldError> checkSize(int size) {
    if (size >= 1 && size <= MAX_ROWS) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem.FieldError(
            "size",
            "A CSV export holds between 1 and "
                + MAX_ROWS
                + " rows; ask for the next ones with page."));
  }

  /**
   * Starts the export of {@code size} rows from page {@code page}: reads its first chunk, which the
   * list answers (its writer then asks for the others).
   */
  public <P extends Record> P begin(int page, int size, Function<PageRequest, P> lister) {
    this.page = page;
    this.size = size;
    this.lister = lister;
    this.chunkSize = Math.min(size, PageRequest.MAX_SIZE);
    this.firstRow = (long) page * size;
    this.endRow = firstRow + size;
    this.chunk = page < 0 ? page : firstRow / chunkSize;
    P read = lister.apply(request(chunk));
    this.first = read;
    this.total = ((Number) PageCsvWriter.component(read, "total")).longValue();
    return read;
  }

  /** Whether the page a list answered is this export's first chunk. */
  public boolean answers(Object page) {
    return first != null && first == page;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public long total() {
    return total;
  }

  /** The first chunk's rows of the export. */
  public List<?> firstRows() {
    return rowsOf(first);
  }

  /** The next chunk's rows, read now; null once the export is complete. */
  public List<?> nextRows() {
    if (done) {
      return null;
    }
    betweenChunks.run();
    chunk++;
    return rowsOf(lister.apply(request(chunk)));
  }

  /** The rows of the chunk {@link #chunk} that the export asked for; marks the last one done. */
  private List<?> rowsOf(Record read) {
    List<?> items = (List<?>) PageCsvWriter.component(read, "items");
    long chunkStart = chunk * chunkSize;
    int from = (int) Math.max(0, Math.min(items.size(), firstRow - chunkStart));
    int to = (int) Math.max(from, Math.min(items.size(), endRow - chunkStart));
    long nextStart = chunkStart + chunkSize;
    done = items.size() < chunkSize || nextStart >= endRow || nextStart >= total;
    return items.subList(from, to);
  }

  private PageRequest request(long number) {
    return new PageRequest((int) Math.min(number, Integer.MAX_VALUE), chunkSize);
  }
}
