package ca.gc.engagement.search.boundary;

import static ca.gc.engagement.security.entity.Role.ADMIN;
import static ca.gc.engagement.security.entity.Role.APPROVER;
import static ca.gc.engagement.security.entity.Role.OFFICER;
import static ca.gc.engagement.security.entity.Role.VIEWER;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.search.control.SearchQuery;
import ca.gc.engagement.search.entity.MonthlyCount;
import ca.gc.engagement.search.entity.RecordKind;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.search.entity.RecordSummary;
import ca.gc.engagement.sector.boundary.SectorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The one search over missions, meetings, agreements and statements, for the pages and the API
 * alike: words, country, sector (with the sectors within it), status and dates, paged and sorted:
 * across kinds on the union view, for one kind on that kind's table (decision 0028). Two statements
 * a page, whatever its size; nothing above the reader's clearance, in the items or the total.
 */
@Stateless
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

  /**
   * The ids of a page of records of the query's one kind, read from that kind's own table (nothing
   * of the other kinds is read), with the total; two statements whatever the page size.
   */
  public Page<Long> idsOfOneKind(
      @NotNull @Valid RecordQuery query, @NotNull @Valid PageRequest request) {
    if (query.kinds().size() != 1) {
      throw new IllegalArgumentException("One kind of record expected: " + query.kinds());
    }
    RecordKind kind = query.kinds().iterator().next();
    SearchQuery search = new SearchQuery(query, sectors.within(query.sector()));
    List<Long> ids = search.ids(em, kind, request.offset(), request.size()).getResultList();
    long total = search.count(em, kind).getSingleResult();
    return new Page<>(ids, request.page(), request.size(), total);
  }

  /**
   * How many records of the given kinds fall in each month of a period (by the record's date, both
   * days included), for the dashboard's chart, by month then kind name; months with none are not
   * listed. One statement a kind, on the kind's own table; records above the reader's clearance are
   * not counted.
   */
  public List<MonthlyCount> perMonth(
      @NotEmpty Set<@NotNull RecordKind> kinds, @NotNull LocalDate from, @NotNull LocalDate to) {
    return kinds.stream()
        .flatMap(
            kind ->
                SearchQuery.perMonth(em, kind, from, to).getResultList().stream()
                    .map(
                        row ->
                            new MonthlyCount(
                                kind,
                                YearMonth.of(
                                    ((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                                ((Number) row[2]).longValue())))
        .sorted(
            Comparator.comparing(MonthlyCount::month)
                .thenComparing((MonthlyCount count) -> count.kind().name()))
        .toList();
  }
}
