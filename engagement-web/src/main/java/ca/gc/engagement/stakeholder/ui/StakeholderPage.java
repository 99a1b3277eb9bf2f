package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderStatus;
import ca.gc.engagement.ui.RecordPage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * One stakeholder: their particulars under the classification marking, archiving (instead of a
 * delete) for officers, and the history. Missing and above the user's clearance both answer 404.
 * What they said is the statements' to list (StakeholderStatements), on the same page.
 */
@Named
@ViewScoped
public class StakeholderPage extends RecordPage<Stakeholder> {

  private static final long serialVersionUID = 1L;

  @EJB private StakeholderService stakeholders;

  @Override
  protected Shown<Stakeholder> shown() {
    return new Shown<>("/stakeholders/stakeholder", stakeholders::find, stakeholders::history);
  }

  /** Archives the stakeholder as the page showed them; they and their statements stay on file. */
  public String archive() {
    return step(
        version -> stakeholders.archive(getId(), version),
        "stakeholder.archivedNotice",
        getStakeholder().getName());
  }

  public boolean isActive() {
    return getStakeholder().getStatus() == StakeholderStatus.ACTIVE;
  }

  public Stakeholder getStakeholder() {
    return record();
  }
}
