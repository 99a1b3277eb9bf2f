package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Records a stakeholder, or revises one ({@code ?id=}), on the version the form was opened on: a
 * save over someone else's change is refused plainly with a way to reload. Saving redirects to the
 * stakeholder's page (post-redirect-get).
 */
@Named
@ViewScoped
public class StakeholderForm extends RecordForm<Stakeholder> {

  private static final long serialVersionUID = 1L;

  @EJB private StakeholderService stakeholders;

  private String name;
  private String title;
  private String organisation;
  private StakeholderKind kind;
  private String jurisdiction;
  private Classification classification = Classification.UNCLASSIFIED;

  @Override
  protected Edited<Stakeholder> edited() {
    return new Edited<>("stakeholder", "/stakeholders/edit", () -> stakeholders.find(getId()));
  }

  @Override
  protected void fill(Stakeholder stakeholder) {
    name = stakeholder.getName();
    title = stakeholder.getTitle();
    organisation = stakeholder.getOrganisation();
    kind = stakeholder.getKind();
    jurisdiction = stakeholder.getJurisdiction();
    classification = stakeholder.getClassification();
  }

  public String save() {
    StakeholderDraft draft =
        new StakeholderDraft(name, title, organisation, kind, codeOf(jurisdiction), classification);
    return saved(
        () -> isNew() ? stakeholders.record(draft) : stakeholders.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "stakeholder.recorded" : "stakeholder.saved", saved.getName());
          return "/stakeholders/stakeholder?faces-redirect=true&id=" + saved.getId();
        });
  }

  /** ISO codes are upper case; "ca-sk" typed in a hurry is read as CA-SK. */
  private static String codeOf(String typed) {
    return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
  }

  public StakeholderKind[] getKinds() {
    return StakeholderKind.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public StakeholderKind getKind() {
    return kind;
  }

  public void setKind(StakeholderKind kind) {
    this.kind = kind;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
