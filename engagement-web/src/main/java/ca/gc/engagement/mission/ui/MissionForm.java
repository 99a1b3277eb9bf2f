package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.CurrentUser;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Plans a mission, or revises one ({@code ?id=}). The form keeps the version it was opened on: if
 * someone else saved the mission meanwhile, saving says so plainly and offers to reload, and
 * nothing is overwritten. Saving answers with a redirect to the mission (post-redirect-get).
 */
@Named
@ViewScoped
public class MissionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser user;

  @EJB private MissionService missions;

  private Long id;
  private long version;
  private boolean stale;

  private String title;
  private String counterpartCountry;
  private String hostCity;
  private LocalDate startDate;
  private LocalDate endDate;
  private String lead;
  private String objectives;
  private Classification classification = Classification.UNCLASSIFIED;

  /** f:viewAction: officers and above only; a new mission, or the one to revise as it stands. */
  public void load() {
    if (!user.isMayEdit()) {
      Views.forbidden();
      return;
    }
    if (id == null) {
      return;
    }
    missions.find(id).ifPresentOrElse(this::fill, Views::notFound);
  }

  private void fill(Mission mission) {
    version = mission.getVersion();
    title = mission.getTitle();
    counterpartCountry = mission.getCounterpartCountry().value();
    hostCity = mission.getHostCity();
    startDate = mission.getStartDate();
    endDate = mission.getEndDate();
    lead = mission.getLead();
    objectives = mission.getObjectives();
    classification = mission.getClassification();
    stale = false;
  }

  public String save() {
    MissionDraft draft =
        new MissionDraft(
            title,
            counterpartCountry,
            hostCity,
            startDate,
            endDate,
            lead,
            objectives,
            classification);
    try {
      Mission saved = id == null ? missions.plan(draft) : missions.revise(id, version, draft);
      Views.notice(id == null ? "mission.planned" : "mission.saved", saved.getTitle());
      return "/missions/mission?faces-redirect=true&id=" + saved.getId();
    } catch (jakarta.validation.ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "mission");
    } catch (AboveClearanceException above) {
      FieldMessages.show(above, "mission", "classification");
    } catch (StaleRecordException changed) {
      stale = true;
    }
    return null;
  }

  /** After a conflict: the mission as it now stands, the user's unsaved edits dropped. */
  public String reload() {
    return "/missions/edit?faces-redirect=true&id=" + id;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isStale() {
    return stale;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCounterpartCountry() {
    return counterpartCountry;
  }

  public void setCounterpartCountry(String counterpartCountry) {
    this.counterpartCountry = counterpartCountry;
  }

  public String getHostCity() {
    return hostCity;
  }

  public void setHostCity(String hostCity) {
    this.hostCity = hostCity;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
