package ca.gc.engagement.statement.ui;

import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.ui.RecordsModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What one stakeholder said, newest first, a page at a time, for the stakeholder's page. It lives
 * with the statements (which know their stakeholder) so that the stakeholder pages need not know
 * the statements.
 */
@Named
@ViewScoped
public class StakeholderStatements implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StatementService statements;

  private Long stakeholderId;

  private final RecordsModel<Statement> model =
      RecordsModel.of((request, sort) -> statements.byStakeholder(stakeholderId, request));

  public String excerpt(String text) {
    return Excerpt.of(text);
  }

  public RecordsModel<Statement> getModel() {
    return model;
  }

  public Long getStakeholderId() {
    return stakeholderId;
  }

  public void setStakeholderId(Long stakeholderId) {
    this.stakeholderId = stakeholderId;
  }
}
