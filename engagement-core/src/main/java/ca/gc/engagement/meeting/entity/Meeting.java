package ca.gc.engagement.meeting.entity;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A meeting, call or banquet, usually within a mission: who sat at the table, what was on the
 * agenda and what came of it (the readout). Discussing a carved-out sector is allowed; the service
 * flags it so that briefings can warn.
 */
@Entity
@Table(name = "meeting")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Meeting extends Classified {

  public static final String KIND = "meeting";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
  @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
  private Long id;

  @Column(name = "mission_id")
  private Long missionId;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private MeetingKind kind;

  @NotNull
  @Column(name = "starts_at")
  private Instant startsAt;

  @NotNull
  @Column(name = "ends_at")
  private Instant endsAt;

  @NotBlank
  @Column(name = "time_zone", length = 60)
  private String timeZone;

  @Size(max = 200)
  private String location;

  @NotNull
  @Column(length = 2)
  private CountryCode country;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  private List<Participant> participants = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "sector_code", length = 40)
  private Set<String> topics = new HashSet<>();

  @Size(max = 4000)
  private String agenda;

  @Size(max = 8000)
  private String readout;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private MeetingStatus status = MeetingStatus.SCHEDULED;

  /**
   * The stakeholders of participants that this instance's reader may not see: not stored, set by
   * the service that loaded it ({@link #showParticipantsOf}). Their participants are left out of
   * {@link #getParticipants()} and kept as they are by {@link #revise}.
   */
  @Transient private Set<Long> hiddenStakeholders = Set.of();

  protected Meeting() {}

  public static Meeting schedule(MeetingDraft draft) {
    Meeting meeting = new Meeting();
    meeting.revise(draft);
    return meeting;
  }

  public void revise(MeetingDraft draft) {
    missionId = draft.missionId();
    title = draft.title().strip();
    kind = draft.kind();
    startsAt = draft.startsAt();
    endsAt = draft.endsAt();
    timeZone = draft.timeZone();
    location = blankToNull(draft.location());
    country = CountryCode.of(draft.country());
    List<Participant> kept =
        participants.stream()
            .filter(p -> hiddenStakeholders.contains(p.getStakeholderId()))
            .toList();
    participants.clear();
    participants.addAll(draft.participants());
    participants.addAll(kept);
    topics.clear();
    topics.addAll(draft.topics());
    agenda = blankToNull(draft.agenda());
    classify(draft.classification());
  }

  /** The meeting took place; what came of it is its readout. */
  public void hold(String readout) {
    moveTo(MeetingStatus.HELD);
    this.readout = blankToNull(readout);
  }

  public void cancel() {
    moveTo(MeetingStatus.CANCELLED);
  }

  /** Corrects or completes the readout of a meeting that was held. */
  public void reviseReadout(String readout) {
    if (status != MeetingStatus.HELD) {
      throw new IllegalTransitionException(KIND, status, MeetingStatus.HELD, status.next());
    }
    this.readout = blankToNull(readout);
  }

  private void moveTo(MeetingStatus next) {
    status = status.stepTo(KIND, next);
  }

  /** The start as the participants lived it, in the meeting's own time zone. */
  public ZonedDateTime localStart() {
    return startsAt.atZone(ZoneId.of(timeZone));
  }

  public ZonedDateTime localEnd() {
    return endsAt.atZone(ZoneId.of(timeZone));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getMissionId() {
    return missionId;
  }

  public String getTitle() {
    return title;
  }

  public MeetingKind getKind() {
    return kind;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getLocation() {
    return location;
  }

  public CountryCode getCountry() {
    return country;
  }

  /** The participants this instance's reader may see (all of them unless the service hid some). */
  public List<Participant> getParticipants() {
    return participants.stream()
        .filter(p -> !hiddenStakeholders.contains(p.getStakeholderId()))
        .toList();
  }

  /**
   * Hides from this instance's reader the participants whose stakeholder is not among those they
   * may see; what is stored does not change, and a revision keeps the hidden ones.
   */
  public void showParticipantsOf(Set<Long> visibleStakeholders) {
    hiddenStakeholders =
        participants.stream()
            .map(Participant::getStakeholderId)
            .filter(id -> !visibleStakeholders.contains(id))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public Set<String> getTopics() {
    return Set.copyOf(topics);
  }

  public String getAgenda() {
    return agenda;
  }

  public String getReadout() {
    return readout;
  }

  public MeetingStatus getStatus() {
    return status;
  }
}
