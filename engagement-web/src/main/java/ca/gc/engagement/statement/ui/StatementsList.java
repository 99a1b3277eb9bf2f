package ca.gc.engagement.statement.ui;

import ca.gc.engagement.query.entity.Page;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import ca.gc.engagement.ui.ListFilters;
import ca.gc.engagement.ui.RecordsList;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements list: words, country (of the stakeholder's jurisdiction), sector, status and dates
 * narrow it, through the same search as {@code GET /api/v1/statements}. Each page also names who
 * made its statements, in one more call whatever its size.
 */
@Named
@ViewScoped
public class StatementsList extends RecordsList<Statement, StatementStatus> {

  private static final long serialVersionUID = 1L;

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  private final Map<Long, String> names = new HashMap<>();

  @Override
  protected Page<Statement> page(ListFilters criteria, PageRequest request, String sort) {
    Page<Statement> page = statements.search(criteria.recordQuery(sort), request);
    names.clear();
    stakeholders
        .findAll(page.items().stream().map(Statement::getStakeholderId).toList())
        .forEach(stakeholder -> names.put(stakeholder.getId(), stakeholder.getName()));
    return page;
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
}
