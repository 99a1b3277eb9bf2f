package ca.gc.engagement.statement.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import ca.gc.engagement.ui.RecordPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One statement: who made it (a link to the stakeholder), when, its stance, topics, text and
 * source, the mission it belongs to, under the classification marking; withdrawing it (kept on
 * file) for officers; its history. Missing and above the user's clearance both answer 404. A
 * stakeholder or mission the user may not see is named as such, never shown.
 */
@Named
@ViewScoped
public class StatementPage extends RecordPage<Statement> {

  private static final long serialVersionUID = 1L;

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  @EJB private MissionService missions;

  private Stakeholder stakeholder;
  private Mission mission;

  @Override
  protected Shown<Statement> shown() {
    return new Shown<>("/statements/statement", statements::find, statements::history);
  }

  @Override
  protected void opened(Statement statement) {
    stakeholder = stakeholders.find(statement.getStakeholderId()).orElse(null);
    mission =
        statement.getMissionId() == null
            ? null
            : missions.find(statement.getMissionId()).orElse(null);
  }

  /** Withdraws the statement as the page showed it; it stays on file, marked withdrawn. */
  public String withdraw() {
    return step(version -> statements.withdraw(getId(), version), "statement.withdrawnNotice");
  }

  public boolean isWithdrawn() {
    return getStatement().getStatus() == StatementStatus.WITHDRAWN;
  }

  public Statement getStatement() {
    return record();
  }

  /** Who made it; null when the user may not see them. */
  public Stakeholder getStakeholder() {
    return stakeholder;
  }

  /** The mission it belongs to; null when none or when the user may not see it. */
  public Mission getMission() {
    return mission;
  }
}
