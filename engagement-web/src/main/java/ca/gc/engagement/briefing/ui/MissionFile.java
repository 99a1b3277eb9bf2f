package ca.gc.engagement.briefing.ui;

import ca.gc.engagement.briefing.boundary.BriefingService;
import ca.gc.engagement.briefing.entity.Briefing;
import ca.gc.engagement.briefing.entity.MeetingBrief;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.carveout.ui.ExplainedMatch;
import ca.gc.engagement.carveout.ui.ScreeningExplainer;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What the mission page shows around the mission: its meetings in the order they happen with their
 * participants, its agreements with their screening verdicts, the trade measures in force between
 * the parties, the related statements and the open follow-ups — the briefing book's content, read
 * through the same service and so under the same clearance rule as the PDF. It lives with the
 * briefing, above the aggregates, so that the mission's own page bean needs none of them.
 */
@Named
@ViewScoped
public class MissionFile implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private BriefingService briefings;

  @Inject private ScreeningExplainer explainer;

  private Briefing briefing;

  /** f:viewAction after the mission's own: nothing to show when the mission is not there. */
  public void load(Long missionId) {
    if (missionId == null || FacesContext.getCurrentInstance().getResponseComplete()) {
      return;
    }
    briefing = briefings.forMission(missionId).orElse(null);
  }

  public Briefing getBriefing() {
    return briefing;
  }

  /** Each carve-out an agreement's screening matched, explained in the page's language. */
  public List<ExplainedMatch> explain(ScreeningResult screening) {
    return explainer.explain(screening);
  }

  /**
   * A meeting's local time where it happens, with its zone: "Jan 16, 2026, 10:00 AM
   * (Asia/Shanghai)".
   */
  public String localTime(MeetingBrief meeting) {
    return format(meeting.startsAt()) + " (" + meeting.startsAt().getZone().getId() + ")";
  }

  private static String format(ZonedDateTime at) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(at);
  }
}
