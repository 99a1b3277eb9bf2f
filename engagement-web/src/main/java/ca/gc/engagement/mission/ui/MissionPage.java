package ca.gc.engagement.mission.ui;

import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.mission.entity.MissionStatus;
import ca.gc.engagement.ui.RecordPage;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * One mission: its particulars with the classification marking on top, the steps its lifecycle
 * allows next (as buttons, for officers), and its history. A mission that does not exist and one
 * above the user's clearance both answer 404, so the page never reveals which it is.
 */
@Named
@ViewScoped
public class MissionPage extends RecordPage<Mission> {

  private static final long serialVersionUID = 1L;

  @EJB private MissionService missions;

  @Override
  protected Shown<Mission> shown() {
    return new Shown<>("/missions/mission", missions::find, missions::history);
  }

  /** Moves the mission on its lifecycle, on the version the page showed. */
  public String moveTo(MissionStatus next) {
    return step(
        version -> missions.moveTo(getId(), version, next),
        "mission.moved",
        Views.text("mission.status." + next));
  }

  public List<MissionStatus> getNextSteps() {
    return List.copyOf(getMission().getStatus().next());
  }

  public Mission getMission() {
    return record();
  }
}
