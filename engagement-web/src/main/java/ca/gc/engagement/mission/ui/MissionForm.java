package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Plans a mission, or revises one ({@code ?id=}). The form keeps the version it was opened on: if
 * someone else saved the mission meanwhile, saving says so plainly and offers to reload, and
 * nothing is overwritten. Saving answers with a redirect to the mission (post-redirect-get).
 */
@Named
@ViewScoped
public class MissionForm extends RecordForm<Mission> {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  private String title;
  private String counterpartCountry;
  private String hostCity;
  private LocalDate startDate;
  private LocalDate endDate;
  private String lead;
  private String objectives;
  private Classification classification = Classification.UNCLASSIFIED;

  @Override
  protected Edited<Mission> edited() {
    return new Edited<>("mission", "/missions/edit", () -> missions.find(getId()));
  }

  @Override
  protected void fill(Mission mission) {
    title = mission.getTitle();
    counterpartCountry = mission.getCounterpartCountry().value();
    hostCity = mission.getHostCity();
    startDate = mission.getStartDate();
    endDate = mission.getEndDate();
    lead = mission.getLead();
    objectives = mission.getObjectives();
    classification = mission.getClassification();
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
    return saved(
        () -> isNew() ? missions.plan(draft) : missions.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "mission.planned" : "mission.saved", saved.getTitle());
          return "/missions/mission?faces-redirect=true&id=" + saved.getId();
        });
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
