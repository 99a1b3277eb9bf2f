package ca.gc.engagement.search.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.ui.RecordsModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The search's table, a page at a time, as {@link RecordsModel} loads a list's: one service call a
 * request, the count coming with the page. A line of the search is a kind and an id (a mission and
 * a meeting may share an id), so it is keyed on both, which {@link RecordsModel}'s records are not.
 */
public class SearchResults extends LazyDataModel<RecordSummary> {

  private static final long serialVersionUID = 1L;

  private final RecordsModel.Source<RecordSummary> source;
  private transient Page<RecordSummary> last;
  private transient String lastSort;

  public SearchResults(RecordsModel.Source<RecordSummary> source) {
    this.source = source;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (last == null) {
      fetch(PageRequest.first(PageRequest.DEFAULT_SIZE), null);
    }
    return (int) Math.min(Integer.MAX_VALUE, last.total());
  }

  @Override
  public List<RecordSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
    PageRequest request = new PageRequest(first / size, size);
    String sort = RecordsModel.sortOf(sortBy);
    boolean same =
        last != null
            && last.page() == request.page()
            && last.size() == request.size()
            && Objects.equals(lastSort, sort);
    if (!same) {
      fetch(request, sort);
    }
    setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
    return last.items();
  }

  /** The total of the last page read: what the search found. */
  public long getTotal() {
    if (last == null) {
      fetch(PageRequest.first(PageRequest.DEFAULT_SIZE), null);
    }
    return last.total();
  }

  /** Nothing found: for criteria the search refused. */
  public void clear() {
    last = new Page<>(List.of(), 0, PageRequest.DEFAULT_SIZE, 0);
    lastSort = null;
  }

  @Override
  public String getRowKey(RecordSummary found) {
    return found.getKind() + "-" + found.getId();
  }

  @Override
  public RecordSummary getRowData(String rowKey) {
    if (last == null) {
      return null;
    }
    return last.items().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  private void fetch(PageRequest request, String sort) {
    last = source.load(request, sort);
    lastSort = sort;
  }
}
