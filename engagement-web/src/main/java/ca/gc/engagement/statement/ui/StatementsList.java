package ca.gc.engagement.statement.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.search.entity.RecordQuery;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The statements list: words, country (of the stakeholder's jurisdiction), sector, status and dates
 * narrow it, through the same search as {@code GET /api/v1/statements}; paged and sorted on the
 * server. Each page also names who made its statements, in one more call whatever its size.
 */
@Named
@ViewScoped
public class StatementsList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  private String q;
  private String country;
  private String sector;
  private StatementStatus status;
  private LocalDate from;
  private LocalDate to;

  private final Map<Long, String> names = new HashMap<>();

  private final RecordsModel<Statement> model =
      new RecordsModel<>(
          (request, sort) -> {
            Page<Statement> page =
                statements.search(
                    new RecordQuery(
                        q,
                        Set.of(),
                        country,
                        sector,
                        status == null ? null : status.name(),
                        from,
                        to,
                        sort),
                    request);
            names.clear();
            stakeholders
                .findAll(page.items().stream().map(Statement::getStakeholderId).toList())
                .forEach(stakeholder -> names.put(stakeholder.getId(), stakeholder.getName()));
            return page;
          });

  /** The filter form: a GET of this page with the criteria as parameters. */
  public String filter() {
    model.refresh();
    return "/statements/index?faces-redirect=true&includeViewParams=true";
  }

  /** Whether any criterion narrows the list (an empty list then says "no match", not "none"). */
  public boolean isFiltered() {
    return (q != null && !q.isBlank())
        || (country != null && !country.isBlank())
        || (sector != null && !sector.isBlank())
        || status != null
        || from != null
        || to != null;
  }

  /**
   * Who made the statement; null when the user may not see that stakeholder.
   *
   * @see Stakeholder#getName()
   */
  public String stakeholderName(Statement statement) {
    return names.get(statement.getStakeholderId());
  }

  public String excerpt(String text) {
    return Excerpt.of(text);
  }

  public RecordsModel<Statement> getModel() {
    return model;
  }

  public StatementStatus[] getStatuses() {
    return StatementStatus.values();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public StatementStatus getStatus() {
    return status;
  }

  public void setStatus(StatementStatus status) {
    this.status = status;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
