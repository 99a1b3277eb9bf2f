package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.audit.entity.RevisionEntry;
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
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.records.entity.StaleRecordException;
import ca.gc.engagement.sector.boundary.SectorService;
import ca.gc.engagement.sector.entity.Sector;
import ca.gc.engagement.stakeholder.boundary.StakeholderService;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.Views;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
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
public class MeetingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private MeetingService meetings;

  @EJB private MissionService missions;

  @EJB private StakeholderService stakeholders;

  @EJB private SectorService sectors;

  @EJB private CarveOutService carveOuts;

  private Long id;
  private Meeting meeting;
  private Mission mission;
  private List<ParticipantLine> participants;
  private List<String> topics;
  private ScreeningResult flags;
  private Map<String, String> carveOutNames;
  private String readout;
  private boolean confirmingCancel;

  /** f:viewAction. */
  public void load() {
    meeting = id == null ? null : meetings.find(id).orElse(null);
    if (meeting == null) {
      Views.notFound();
      return;
    }
    readout = meeting.getReadout();
    mission =
        meeting.getMissionId() == null ? null : missions.find(meeting.getMissionId()).orElse(null);
  }

  /** The meeting took place: records it as held, with its readout. */
  public String hold() {
    try {
      meetings.hold(id, meeting.getVersion(), readout);
      Views.notice("meeting.held");
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "readout-form");
      return null;
    } catch (StaleRecordException changed) {
      return changedMeanwhile();
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return toThisMeeting();
  }

  /** Corrects or completes the readout of a meeting that was held. */
  public String reviseReadout() {
    try {
      meetings.reviseReadout(id, meeting.getVersion(), readout);
      Views.notice("meeting.readoutSaved");
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(invalid, "readout-form");
      return null;
    } catch (StaleRecordException changed) {
      return changedMeanwhile();
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return toThisMeeting();
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
    try {
      meetings.cancel(id, meeting.getVersion());
      Views.notice("meeting.cancelled");
    } catch (StaleRecordException changed) {
      Views.warning("record.stale");
    } catch (IllegalTransitionException refused) {
      Views.warning("record.transition.refused");
    }
    return toThisMeeting();
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

  private String toThisMeeting() {
    return "/meetings/meeting?faces-redirect=true&id=" + id;
  }

  public boolean isScheduled() {
    return meeting.getStatus() == MeetingStatus.SCHEDULED;
  }

  public boolean isHeld() {
    return meeting.getStatus() == MeetingStatus.HELD;
  }

  public List<ParticipantLine> getParticipants() {
    if (participants == null) {
      participants =
          meeting.getParticipants().stream()
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
          meeting.getTopics().stream()
              .map(code -> names.getOrDefault(code, code))
              .sorted(Collator.getInstance(locale))
              .toList();
    }
    return topics;
  }

  /** What the carve-outs in force on the meeting's day flag in its topics and words. */
  public ScreeningResult getFlags() {
    if (flags == null) {
      flags = meetings.carveOutFlags(meeting);
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

  public List<RevisionEntry> getHistory() {
    return meetings.history(id);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Meeting getMeeting() {
    return meeting;
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

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
