package ca.gc.engagement.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.security.entity.Classified;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.util.Map;

/**
 * A list page: its criteria in the address ({@link ListFilters}), its table paged and sorted on the
 * server through the same query as the API's list, and criteria the query refuses (an address
 * edited by hand: an unknown sector, dates the wrong way round) said plainly above the filters
 * instead of a table. A list says only what is its own: where it is, its statuses and its service
 * call.
 *
 * @param <T> the records listed
 * @param <S> their status, one of the criteria
 */
public abstract class RecordsList<T extends Classified, S extends Enum<S>> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ListFilters filters = new ListFilters();
  private final RecordsModel<T> model =
      RecordsModel.of((request, sort) -> page(filters, request, sort));
  private boolean refused;

  /** One page of the records the criteria select, sorted by {@code sort} (null: the default). */
  protected abstract Page<T> page(ListFilters criteria, PageRequest request, String sort);

  /**
   * f:viewAction: reads the first page before the page renders, so that criteria the query refuses
   * are told (at the top: the filter form is not built yet) and the table is left out.
   */
  public void load() {
    try {
      model.count(Map.of());
    } catch (ConstraintViolationException invalid) {
      refused = true;
      FieldMessages.show(invalid, "filters");
    } catch (Refusal refusal) {
      refused = true;
      FieldMessages.show(refusal, "filters", FieldMessages.criterionOf(refusal));
    }
  }

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view.substring(0, view.lastIndexOf('.')) + "?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return filters.isAny();
  }

  /** Whether the query refused the criteria (the table is then not shown). */
  public boolean isRefused() {
    return refused;
  }

  public ListFilters getFilters() {
    return filters;
  }

  /** Reads and writes the status criterion by its name, as the address and the menu hold it. */
  public Converter<?> getStatusConverter() {
    return new EnumConverter(statuses());
  }

  public S[] getStatuses() {
    return statuses().getEnumConstants();
  }

  /** The statuses, as the list names them: S of {@code RecordsList<Mission, MissionStatus>}. */
  @SuppressWarnings("unchecked")
  private Class<S> statuses() {
    Class<?> list = getClass();
    while (list.getSuperclass() != RecordsList.class) {
      list = list.getSuperclass(); // past the container's proxy of the list bean
    }
    return (Class<S>) ((ParameterizedType) list.getGenericSuperclass()).getActualTypeArguments()[1];
  }

  public RecordsModel<T> getModel() {
    return model;
  }
}
