package ca.gc.engagement.mission.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One mission: its particulars with the classification marking on top, the steps its lifecycle
 * allows next (as buttons, for officers), and its history. A mission that does not exist and one
 * above the user's clearance both answer 404, so the page never reveals which it is.
 */
@Named
@ViewScoped
public class MissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  private Long id;
  private Mission mission;

  /** f:viewAction. */
  public void load() {
    mission = id == null ? null : missions.find(id).orElse(null);
    if (mission == null) {
      Views.notFound();
    }
  }

  /** Moves the mission on its lifecycle, on the version the page showed. */
  public String moveTo(MissionStatus next) {
    try {
      missions.moveTo(id, mission.getVersion(), next);
      Views.notice("mission.moved", Views.text("mission.status." + next));
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return "/missions/mission?faces-redirect=true&id=" + id;
  }

  public List<MissionStatus> getNextSteps() {
    return List.copyOf(mission.getStatus().next());
  }

  public List<RevisionEntry> getHistory() {
    return missions.history(id);
  }

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
