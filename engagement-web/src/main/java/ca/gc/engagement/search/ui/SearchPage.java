package ca.gc.engagement.search.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.boundary.RecordSearch;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Set;

/**
 * Free-text search across missions, meetings, agreements and statements ({@code
 * /search.xhtml?q=&kind=}), through the one search the API uses, paged and sorted on the server.
 * The criteria are view parameters, so a search is an address; each result links to its record's
 * page.
 */
@Named
@ViewScoped
public class SearchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each kind of record has its page (the record pages of issue 5). */
  private static final String MISSION = "/missions/mission.xhtml";

  private static final String MEETING = "/meetings/meeting.xhtml";
  private static final String AGREEMENT = "/agreements/agreement.xhtml";
  private static final String STATEMENT = "/statements/statement.xhtml";

  /** How much of a record's text a result shows. */
  private static final int EXCERPT = 200;

  @EJB private RecordSearch search;

  private final ListFilters filters = new ListFilters();
  private RecordKind kind;

  /** A line is a kind and an id: a mission and a meeting may share an id. */
  private final RecordsModel<RecordSummary> results =
      new RecordsModel<>(this::page, found -> found.getKind() + "-" + found.getId());

  private Page<RecordSummary> page(PageRequest request, String sort) {
    return search.search(
        filters.recordQuery(kind == null ? Set.of() : Set.of(kind), sort), request);
  }

  /**
   * f:viewAction: the first page, read before the page renders, so that criteria the search refuses
   * (an unknown country, dates the wrong way round) are told next to their fields, not as an error.
   */
  public void load() {
    try {
      results.getTotal();
    } catch (ConstraintViolationException refused) {
      FieldMessages.show(refused, "search");
      results.clear();
    }
  }

  /** The search form: a GET of this page with the criteria as parameters. */
  public String find() {
    return "/search?faces-redirect=true&includeViewParams=true";
  }

  /** Whether anything narrows the search (else it lists everything the reader may see). */
  public boolean isNarrowed() {
    return filters.isAny() || kind != null;
  }

  /** The address of a found record's page, within the application. */
  public String pageOf(RecordSummary found) {
    String page =
        switch (found.getKind()) {
          case MISSION -> MISSION;
          case MEETING -> MEETING;
          case AGREEMENT -> AGREEMENT;
          case STATEMENT -> STATEMENT;
        };
    return page + "?id=" + found.getId();
  }

  /** The start of a found record's text, cut at a word. */
  public String excerpt(RecordSummary found) {
    String body = found.getBody();
    if (body == null || body.length() <= EXCERPT) {
      return body;
    }
    int cut = body.lastIndexOf(' ', EXCERPT);
    return body.substring(0, cut > 0 ? cut : EXCERPT) + "…";
  }

  public RecordsModel<RecordSummary> getResults() {
    return results;
  }

  public RecordKind[] getKinds() {
    return RecordKind.values();
  }

  /** The words, country and dates; the search has no sector nor status to narrow it by. */
  public ListFilters getFilters() {
    return filters;
  }

  public RecordKind getKind() {
    return kind;
  }

  public void setKind(RecordKind kind) {
    this.kind = kind;
  }
}
