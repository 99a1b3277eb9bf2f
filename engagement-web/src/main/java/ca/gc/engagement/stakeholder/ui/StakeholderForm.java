package ca.gc.engagement.stakeholder.ui;

import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import ca.gc.engagement.stakeholder.entity.StakeholderDraft;
import ca.gc.engagement.stakeholder.entity.StakeholderKind;
import ca.gc.engagement.ui.CurrentUser;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Locale;

/**
 * Records a stakeholder, or revises one ({@code ?id=}), on the version the form was opened on: a
 * save over someone else's change is refused plainly with a way to reload. Saving redirects to the
 * stakeholder's page (post-redirect-get).
 */
@Named
@ViewScoped
public class StakeholderForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;

  @EJB private StakeholderService stakeholders;

  private Long id;
  private long version;
  private boolean stale;

  private String name;
  private String title;
  private String organisation;
  private StakeholderKind kind;
  private String jurisdiction;
  private Classification classification = Classification.UNCLASSIFIED;

  /**
   * f:viewAction: officers and above only; a new stakeholder, or the one to revise as it stands.
   */
  public void load() {
    if (!user.isMayEdit()) {
      Views.forbidden();
      return;
    }
    if (id == null) {
      return;
    }
    stakeholders.find(id).ifPresentOrElse(this::fill, Views::notFound);
  }

  private void fill(Stakeholder stakeholder) {
    version = stakeholder.getVersion();
    name = stakeholder.getName();
    title = stakeholder.getTitle();
    organisation = stakeholder.getOrganisation();
    kind = stakeholder.getKind();
    jurisdiction = stakeholder.getJurisdiction();
    classification = stakeholder.getClassification();
    stale = false;
  }

  public String save() {
    StakeholderDraft draft =
        new StakeholderDraft(name, title, organisation, kind, codeOf(jurisdiction), classification);
    try {
      Stakeholder saved =
          id == null ? stakeholders.record(draft) : stakeholders.revise(id, version, draft);
      Views.notice(id == null ? "stakeholder.recorded" : "stakeholder.saved", saved.getName());
      return "/stakeholders/stakeholder?faces-redirect=true&id=" + saved.getId();
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "stakeholder");
    } catch (AboveClearanceException above) {
      FieldMessages.show(above, "stakeholder", "classification");
    } catch (StaleRecordException changed) {
      stale = true;
    }
    return null;
  }

  /** ISO codes are upper case; "ca-sk" typed in a hurry is read as CA-SK. */
  private static String codeOf(String typed) {
    return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
  }

  /** After a conflict: the stakeholder as they now stand, the user's unsaved edits dropped. */
  public String reload() {
    return "/stakeholders/edit?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isStale() {
    return stale;
  }

  public StakeholderKind[] getKinds() {
    return StakeholderKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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
