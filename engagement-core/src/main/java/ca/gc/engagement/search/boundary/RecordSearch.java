package ca.gc.engagement.search.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.records.control.StaleEdits;
import ca.gc.engagement.search.control.SearchQuery;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.security.control.ClearanceFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The one search over missions, meetings, agreements and statements, for the pages and the API
 * alike: words, country, sector (with the sectors within it), status and dates, paged and sorted,
 * on the indexed columns of the search views. Two statements a page, whatever its size; nothing
 * above the reader's clearance, in the items or the total.
 */
@Stateless
@Interceptors({StaleEdits.class, ClearanceFilter.class})
@RolesAllowed({VIEWER, OFFICER, APPROVER, ADMIN})
public class RecordSearch {

  @PersistenceContext private EntityManager em;

  @EJB private SectorService sectors;

  public Page<RecordSummary> search(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    SearchQuery search = new SearchQuery(query, sectors.within(query.sector()));
    var items = search.page(em, request.offset(), request.size()).getResultList();
    long total = search.count(em).getSingleResult();
    return new Page<>(items, request.page(), request.size(), total);
  }
}
