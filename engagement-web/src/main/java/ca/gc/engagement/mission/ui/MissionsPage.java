package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionDraft;
import ca.gc.engagement.query.entity.PageRequest;
import ca.gc.engagement.security.entity.AboveClearanceException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.FieldMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The missions page: the list, and the form that plans a new mission. A planned mission answers
 * with a redirect (post-redirect-get), so reloading the page never plans it twice.
 */
@Named
@ViewScoped
public class MissionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  private List<Mission> recent = List.of();
  private long total;

  private String title;
  private String counterpartCountry;
  private String hostCity;
  private LocalDate startDate;
  private LocalDate endDate;
  private String lead;
  private String objectives;
  private Classification classification = Classification.UNCLASSIFIED;

  /** f:viewAction: the newest missions first. */
  public void load() {
    var page = missions.list(PageRequest.first(PageRequest.MAX_SIZE));
    recent = page.items();
    total = page.total();
  }

  public String plan() {
    try {
      Mission mission =
          missions.plan(
              new MissionDraft(
                  title,
                  counterpartCountry,
                  hostCity,
                  startDate,
                  endDate,
                  lead,
                  objectives,
                  classification));
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      String text =
          ResourceBundle.getBundle(
                  "ca.gc.engagement.ui.messages", context.getViewRoot().getLocale())
              .getString("missions.planned");
      context.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, text.formatted(mission.getTitle()), null));
      return "/index?faces-redirect=true";
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "plan");
      return null;
    } catch (AboveClearanceException above) {
      FieldMessages.show(above.getMessage(), "plan", "classification");
      return null;
    }
  }

  public List<Mission> getRecent() {
    return recent;
  }

  public long getTotal() {
    return total;
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
