package ca.gc.engagement.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.Classified;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list page's table, loaded a page at a time through the same service query the API lists use
 * (same filters, same sorting, same clearance rule), so the page and the API can never disagree.
 *
 * <p>PrimeFaces asks for the count before each page; the service answers both in one call, so the
 * count is the one the last page came with, and only the very first count loads a page itself
 * (which the first load then reuses): one query per request, whatever the page size. A list's
 * records are keyed by their id ({@link #of}); a line of the search by its kind and id (a mission
 * and a meeting may share an id).
 */
public class RecordsModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads one page of records sorted by {@code sort} ("field,asc|desc", null for the default). */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> load(PageRequest request, String sort);
  }

  /** What tells one row from the others on a page. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;
  private transient Page<T> last;
  private transient String lastSort;

  public RecordsModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /** Records, each row keyed by the record's id. */
  public static <T extends Classified> RecordsModel<T> of(Source<T> source) {
    return new RecordsModel<>(source, record -> String.valueOf(record.getId()));
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, getTotal());
  }

  /** How many rows the criteria select in all, as the last page read came with it. */
  public long getTotal() {
    if (last == null) {
      fetch(PageRequest.first(PageRequest.DEFAULT_SIZE), null);
    }
    return last.total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    PageRequest request = new PageRequest(first / size, size);
    String sort = sortOf(sortBy);
    boolean same =
        last != null
            && last.page() == request.page()
            && last.size() == request.size()
            && java.util.Objects.equals(lastSort, sort);
    if (!same) {
      fetch(request, sort);
    }
    setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
    return last.items();
  }

  /** Forgets the loaded page, so that new criteria are read on the next render. */
  public void refresh() {
    last = null;
  }

  /** Nothing found: for criteria the service refused. */
  public void clear() {
    last = new Page<>(List.of(), 0, PageRequest.DEFAULT_SIZE, 0);
    lastSort = null;
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    if (last == null) {
      return null;
    }
    return last.items().stream().filter(row -> key.of(row).equals(rowKey)).findFirst().orElse(null);
  }

  private void fetch(PageRequest request, String sort) {
    last = source.load(request, sort);
    lastSort = sort;
  }

  /** The table's sort as the services take it: "field,asc" or "field,desc", or null. */
  public static String sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return null;
    }
    SortMeta meta = sortBy.values().iterator().next();
    if (meta.getOrder() == null || meta.getOrder() == SortOrder.UNSORTED) {
      return null;
    }
    return meta.getField() + (meta.getOrder() == SortOrder.DESCENDING ? ",desc" : ",asc");
  }
}
