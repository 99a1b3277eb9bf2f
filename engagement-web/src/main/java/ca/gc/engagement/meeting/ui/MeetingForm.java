package ca.gc.engagement.meeting.ui;

import ca.gc.engagement.department.entity.Department;
import ca.gc.engagement.meeting.boundary.MeetingService;
import ca.gc.engagement.meeting.entity.Meeting;
import ca.gc.engagement.meeting.entity.MeetingDraft;
import ca.gc.engagement.meeting.entity.MeetingKind;
import ca.gc.engagement.meeting.entity.Side;
import ca.gc.engagement.mission.boundary.MissionService;
import ca.gc.engagement.mission.entity.Mission;
import ca.gc.engagement.refusal.entity.Refusal;
import ca.gc.engagement.sector.entity.UnknownSectorException;
import ca.gc.engagement.security.entity.Classification;
import ca.gc.engagement.ui.FieldMessages;
import ca.gc.engagement.ui.RecordForm;
import ca.gc.engagement.ui.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Schedules a meeting, or revises one ({@code ?id=}); from a mission's page ({@code ?missionId=})
 * the mission, its counterpart country, its classification and the time zone of its latest meeting
 * come preset. Start and end are typed as the participants will live them, in the meeting's zone,
 * and stored as instants. Participants are rows added and removed by posting the form back, which
 * keeps everything typed. Like every form: the version it was opened on, a plain conflict message
 * with a way to reload, validation messages next to their fields (a row's next to that row), and a
 * redirect to the meeting once saved.
 */
@Named
@ViewScoped
public class MeetingForm extends RecordForm<Meeting> {

  private static final long serialVersionUID = 1L;

  @EJB private MeetingService meetings;

  @EJB private MissionService missions;

  @Inject private MeetingChoices choices;

  /** Where a meeting is held when nothing says otherwise: the department's own zone. */
  @Inject private Department department;

  private Long missionId;
  private String title;
  private MeetingKind kind;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String timeZone;
  private String location;
  private String country;
  private final List<ParticipantRow> participants = new ArrayList<>();
  private List<String> topics = new ArrayList<>();
  private String agenda;
  private Classification classification = Classification.UNCLASSIFIED;

  @PostConstruct
  void startAtHome() {
    timeZone = department.zone().getId();
  }

  private List<SelectItem> missionOptions;
  private List<SelectItem> stakeholderOptions;
  private List<SelectItem> topicOptions;

  @Override
  protected Edited<Meeting> edited() {
    return new Edited<>("meeting", "/meetings/edit", () -> meetings.find(getId()));
  }

  /** A new meeting of the mission given, if any: 404 if the reader may not see that mission. */
  @Override
  protected boolean start() {
    return missionId == null || missions.find(missionId).map(this::preset).isPresent();
  }

  @Override
  protected void opened() {
    missionOptions = choices.missions(missionId);
    stakeholderOptions =
        choices.stakeholders(participants.stream().map(ParticipantRow::getStakeholderId).toList());
    topicOptions = choices.topics(topics);
  }

  @Override
  protected void fill(Meeting meeting) {
    missionId = meeting.getMissionId();
    title = meeting.getTitle();
    kind = meeting.getKind();
    timeZone = meeting.getTimeZone();
    startsAt = meeting.localStart().toLocalDateTime();
    endsAt = meeting.localEnd().toLocalDateTime();
    location = meeting.getLocation();
    country = meeting.getCountry().value();
    participants.clear();
    meeting.getParticipants().forEach(p -> participants.add(ParticipantRow.of(p)));
    topics = new ArrayList<>(meeting.getTopics().stream().sorted().toList());
    agenda = meeting.getAgenda();
    classification = meeting.getClassification();
  }

  private MeetingForm preset(Mission mission) {
    country = mission.getCounterpartCountry().value();
    classification = mission.getClassification();
    List<Meeting> timeline = meetings.forMission(mission.getId());
    timeZone =
        timeline.isEmpty()
            ? department.zone().getId()
            : timeline.get(timeline.size() - 1).getTimeZone();
    return this;
  }

  /** Another, empty row of participants; what was typed stays. */
  public void addParticipant() {
    participants.add(new ParticipantRow());
  }

  public void removeParticipant(ParticipantRow row) {
    participants.removeIf(each -> each == row);
  }

  /** "Remove participant 2": what the row's remove button says to a screen reader. */
  public String removeLabel(int index) {
    return Views.text("meeting.participant.remove.row", index + 1);
  }

  public String save() {
    MeetingDraft draft =
        new MeetingDraft(
            missionId,
            title,
            kind,
            instant(startsAt),
            instant(endsAt),
            timeZone,
            location,
            country,
            participants.stream().map(ParticipantRow::toParticipant).toList(),
            Set.copyOf(topics),
            agenda,
            classification);
    return saved(
        () -> isNew() ? meetings.schedule(draft) : meetings.revise(getId(), version(), draft),
        saved -> {
          Views.notice(isNew() ? "meeting.scheduled" : "meeting.saved", saved.getTitle());
          return "/meetings/meeting?faces-redirect=true&id=" + saved.getId();
        });
  }

  /**
   * The moment a local date-time names in the meeting's zone; in UTC while the zone is missing or
   * unknown, so that only the zone's own message speaks of it.
   */
  private Instant instant(LocalDateTime local) {
    if (local == null) {
      return null;
    }
    boolean known = timeZone != null && ZoneId.getAvailableZoneIds().contains(timeZone);
    return local.atZone(known ? ZoneId.of(timeZone) : ZoneOffset.UTC).toInstant();
  }

  /**
   * The references the service could not find (a mission or a stakeholder) and unknown topics, in
   * the page's words: the form offers them from lists, so the service's words would mislead.
   */
  @Override
  protected void refused(Refusal refusal) {
    String field = FieldMessages.fieldOf(refusal);
    if (refusal instanceof UnknownSectorException) {
      FieldMessages.show(Views.text("meeting.topics.unknown"), formId(), "topics");
    } else if (field.equals("missionId")) {
      FieldMessages.show(Views.text("meeting.mission.unknown"), formId(), field);
    } else if (field.matches("participants\\[\\d+\\]\\.stakeholderId")) {
      FieldMessages.show(Views.text("meeting.participant.unknown"), formId(), field);
    } else {
      super.refused(refusal);
    }
  }

  public List<SelectItem> getMissionOptions() {
    return missionOptions;
  }

  public List<SelectItem> getStakeholderOptions() {
    return stakeholderOptions;
  }

  public List<SelectItem> getTopicOptions() {
    return topicOptions;
  }

  public List<SelectItem> getTimeZoneOptions() {
    return TimeZones.options(timeZone);
  }

  public MeetingKind[] getKinds() {
    return MeetingKind.values();
  }

  public Side[] getSides() {
    return Side.values();
  }

  public Long getMissionId() {
    return missionId;
  }

  public void setMissionId(Long missionId) {
    this.missionId = missionId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public MeetingKind getKind() {
    return kind;
  }

  public void setKind(MeetingKind kind) {
    this.kind = kind;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public List<ParticipantRow> getParticipants() {
    return participants;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
