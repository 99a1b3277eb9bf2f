package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One stakeholder: their particulars under the classification marking, archiving (instead of a
 * delete) for officers, and the history. Missing and above the user's clearance both answer 404.
 * What they said is the statements' to list (StakeholderStatements), on the same page.
 */
@Named
@ViewScoped
public class StakeholderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private StakeholderService stakeholders;

  private Long id;
  private Stakeholder stakeholder;

  /** f:viewAction. */
  public void load() {
    stakeholder = id == null ? null : stakeholders.find(id).orElse(null);
    if (stakeholder == null) {
      Views.notFound();
    }
  }

  /** Archives the stakeholder as the page showed them; they and their statements stay on file. */
  public String archive() {
    try {
      stakeholders.archive(id, stakeholder.getVersion());
      Views.notice("stakeholder.archivedNotice", stakeholder.getName());
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return "/stakeholders/stakeholder?faces-redirect=true&id=" + id;
  }

  public boolean isActive() {
    return stakeholder.getStatus() == StakeholderStatus.ACTIVE;
  }

  public List<RevisionEntry> getHistory() {
    return stakeholders.history(id);
  }

  public Stakeholder getStakeholder() {
    return stakeholder;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
