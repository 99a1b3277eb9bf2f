package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.carveout.boundary.CarveOutService;
import ca.gc.engagement.carveout.entity.CarveOut;
import ca.gc.engagement.carveout.entity.Match;
import ca.gc.engagement.carveout.entity.MatchKind;
import ca.gc.engagement.carveout.entity.ScreeningResult;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingStatus;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.ui.RecordPage;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One meeting: particulars with the classification marking on top, its times (local and Ottawa),
 * who took part, its topics, what the carve-outs flag, and, for officers, its lifecycle: the
 * readout that records it as held, and cancelling, which asks once more before it is done (the
 * meeting stays on file, cancelled). A meeting that does not exist and one above the user's
 * clearance both answer 404. A readout refused because someone changed the meeting meanwhile is
 * kept in its field while the page shows the meeting as it now stands, so that the officer can
 * look, then record it again.
 */
@Named
@ViewScoped
public class MeetingPage extends RecordPage<Meeting> {

  private static final long serialVersionUID = 1L;

  /** The form of the readout, which holding the meeting and revising the readout post. */
  private static final String READOUT = "readout-form";

  @EJB private MeetingService meetings;

  @EJB private MissionService missions;

  @EJB private StakeholderService stakeholders;

  @EJB private SectorService sectors;

  @EJB private CarveOutService carveOuts;

  private Mission mission;
  private List<ParticipantLine> participants;
  private List<String> topics;
  private ScreeningResult flags;
  private Map<String, String> carveOutNames;
  private String readout;
  private boolean confirmingCancel;

  @Override
  protected Shown<Meeting> shown() {
    return new Shown<>("/meetings/meeting", meetings::find, meetings::history);
  }

  @Override
  protected void opened(Meeting meeting) {
    readout = meeting.getReadout();
    mission =
        meeting.getMissionId() == null ? null : missions.find(meeting.getMissionId()).orElse(null);
  }

  /** The meeting took place: records it as held, with its readout. */
  public String hold() {
    return step(READOUT, version -> meetings.hold(getId(), version, readout), "meeting.held");
  }

  /** Corrects or completes the readout of a meeting that was held. */
  public String reviseReadout() {
    return step(
        READOUT,
        version -> meetings.reviseReadout(getId(), version, readout),
        "meeting.readoutSaved");
  }

  /** A readout refused for a change made meanwhile stays in its field (see the class comment). */
  @Override
  protected String refused(String formId, Refusal refusal) {
    if (READOUT.equals(formId) && refusal instanceof StaleRecordException) {
      return changedMeanwhile();
    }
    return super.refused(formId, refusal);
  }

  /** The first step of cancelling: the page asks to confirm. */
  public void askToCancel() {
    confirmingCancel = true;
  }

  public void keepMeeting() {
    confirmingCancel = false;
  }

  /** Cancelled, confirmed: the meeting stays on file, marked cancelled. */
  public String cancel() {
    return step(version -> meetings.cancel(getId(), version), "meeting.cancelled");
  }

  /** Shows the meeting as it now stands, the officer's readout kept in its field. */
  private String changedMeanwhile() {
    String typed = readout;
    load();
    readout = typed;
    participants = null;
    topics = null;
    flags = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN, Views.text("meeting.readout.stale"), null));
    return null;
  }

  public boolean isScheduled() {
    return getMeeting().getStatus() == MeetingStatus.SCHEDULED;
  }

  public boolean isHeld() {
    return getMeeting().getStatus() == MeetingStatus.HELD;
  }

  public List<ParticipantLine> getParticipants() {
    if (participants == null) {
      participants =
          getMeeting().getParticipants().stream()
              .map(p -> ParticipantLine.of(p, stakeholders.find(p.getStakeholderId()).orElse(null)))
              .toList();
    }
    return participants;
  }

  /** The topics' sector names in the page's language, alphabetically. */
  public List<String> getTopics() {
    if (topics == null) {
      Locale locale = locale();
      Map<String, String> names = new HashMap<>();
      for (Sector sector : sectors.all()) {
        names.put(sector.getCode(), sector.name(locale));
      }
      topics =
          getMeeting().getTopics().stream()
              .map(code -> names.getOrDefault(code, code))
              .sorted(Collator.getInstance(locale))
              .toList();
    }
    return topics;
  }

  /** What the carve-outs in force on the meeting's day flag in its topics and words. */
  public ScreeningResult getFlags() {
    if (flags == null) {
      flags = meetings.carveOutFlags(getMeeting());
      carveOutNames = new HashMap<>();
      flags
          .matches()
          .forEach(
              match ->
                  carveOutNames.computeIfAbsent(
                      match.carveOutCode(),
                      code ->
                          carveOuts
                              .find(code, match.carveOutClassification())
                              .map(CarveOut::getName)
                              .orElse(code)));
    }
    return flags;
  }

  /** The carve-out a flag names, by its name. */
  public String carveOut(Match match) {
    getFlags();
    return carveOutNames.getOrDefault(match.carveOutCode(), match.carveOutCode());
  }

  /** What a flag matched: a sector by its name in the page's language, else the word itself. */
  public String matched(Match match) {
    if (match.kind() != MatchKind.SECTOR) {
      return match.value();
    }
    return sectors.find(match.value()).map(s -> s.name(locale())).orElse(match.value());
  }

  /** A stakeholder's jurisdiction as read: "China", or "Canada (CA-SK)" for a subdivision. */
  public String jurisdiction(String code) {
    if (code == null || code.length() < 2) {
      return code;
    }
    String country = new Locale("", code.substring(0, 2)).getDisplayCountry(locale());
    return code.length() == 2 ? country : country + " (" + code + ")";
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Meeting getMeeting() {
    return record();
  }

  /** The meeting's mission, when it has one the user may see; else null. */
  public Mission getMission() {
    return mission;
  }

  public boolean isConfirmingCancel() {
    return confirmingCancel;
  }

  public String getReadout() {
    return readout;
  }

  public void setReadout(String readout) {
    this.readout = readout;
  }
}
