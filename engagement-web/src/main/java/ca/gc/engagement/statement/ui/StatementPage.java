package ca.gc.engagement.statement.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.statement.boundary.StatementService;
import ca.gc.engagement.statement.entity.Statement;
import ca.gc.engagement.statement.entity.StatementStatus;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One statement: who made it (a link to the stakeholder), when, its stance, topics, text and
 * source, the mission it belongs to, under the classification marking; withdrawing it (kept on
 * file) for officers; its history. Missing and above the user's clearance both answer 404. A
 * stakeholder or mission the user may not see is named as such, never shown.
 */
@Named
@ViewScoped
public class StatementPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StatementService statements;

  @EJB private StakeholderService stakeholders;

  @EJB private MissionService missions;

  private Long id;
  private Statement statement;
  private Stakeholder stakeholder;
  private Mission mission;

  /** f:viewAction. */
  public void load() {
    statement = id == null ? null : statements.find(id).orElse(null);
    if (statement == null) {
      Views.notFound();
      return;
    }
    stakeholder = stakeholders.find(statement.getStakeholderId()).orElse(null);
    mission =
        statement.getMissionId() == null
            ? null
            : missions.find(statement.getMissionId()).orElse(null);
  }

  /** Withdraws the statement as the page showed it; it stays on file, marked withdrawn. */
  public String withdraw() {
    try {
      statements.withdraw(id, statement.getVersion());
      Views.notice("statement.withdrawnNotice");
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return "/statements/statement?faces-redirect=true&id=" + id;
  }

  public boolean isWithdrawn() {
    return statement.getStatus() == StatementStatus.WITHDRAWN;
  }

  public List<RevisionEntry> getHistory() {
    return statements.history(id);
  }

  public Statement getStatement() {
    return statement;
  }

  /** Who made it; null when the user may not see them. */
  public Stakeholder getStakeholder() {
    return stakeholder;
  }

  /** The mission it belongs to; null when none or when the user may not see it. */
  public Mission getMission() {
    return mission;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
