package ca.gc.engagement.mission.entity;

import ca.gc.engagement.country.entity.CountryCode;
import ca.gc.engagement.security.entity.Classified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A visit abroad (or a hosted visit) led by a minister or official: the record meetings,
 * agreements, statements and follow-ups hang from (they refer to it by id). Created and revised
 * only from a validated {@link MissionDraft}; every change is on the audit trail.
 */
@Entity
@Table(name = "mission")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Mission extends Classified {

  public static final String KIND = "mission";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mission_seq")
  @SequenceGenerator(name = "mission_seq", sequenceName = "mission_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotNull
  @Column(name = "counterpart_country", length = 2)
  private CountryCode counterpartCountry;

  @NotBlank
  @Size(max = 120)
  @Column(name = "host_city")
  private String hostCity;

  @NotNull
  @Column(name = "start_date")
  private LocalDate startDate;

  @NotNull
  @Column(name = "end_date")
  private LocalDate endDate;

  @NotBlank
  @Size(max = 120)
  @Column(name = "mission_lead")
  private String lead;

  @Size(max = 4000)
  private String objectives;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private MissionStatus status = MissionStatus.PLANNED;

  protected Mission() {}

  public static Mission plan(MissionDraft draft) {
    Mission mission = new Mission();
    mission.revise(draft);
    return mission;
  }

  /** Takes the draft's content; the status moves only through {@link #moveTo}. */
  public void revise(MissionDraft draft) {
    title = draft.title().strip();
    counterpartCountry = CountryCode.of(draft.counterpartCountry());
    hostCity = draft.hostCity().strip();
    startDate = draft.startDate();
    endDate = draft.endDate();
    lead = draft.lead().strip();
    objectives = draft.objectives() == null ? null : draft.objectives().strip();
    classify(draft.classification());
  }

  public void moveTo(MissionStatus next) {
    status = status.stepTo(KIND, next);
  }

  /** Days abroad, counting the first and the last (13–17 January is five days). */
  public long days() {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public CountryCode getCounterpartCountry() {
    return counterpartCountry;
  }

  public String getHostCity() {
    return hostCity;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public String getLead() {
    return lead;
  }

  public String getObjectives() {
    return objectives;
  }

  public MissionStatus getStatus() {
    return status;
  }
}
