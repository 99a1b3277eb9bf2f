package ca.gc.engagement.mission.entity;

import ca.gc.engagement.country.entity.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A visit abroad (or a hosted visit) led by a minister or official: the record everything else of
 * an engagement hangs from. Created only from a validated {@link MissionDraft}; the version guards
 * every later edit against a concurrent one.
 */
@Entity
@Table(name = "mission")
public class Mission {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mission_seq")
  @SequenceGenerator(name = "mission_seq", sequenceName = "mission_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

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

  protected Mission() {}

  public static Mission plan(MissionDraft draft) {
    Mission mission = new Mission();
    mission.title = draft.title().strip();
    mission.counterpartCountry = CountryCode.of(draft.counterpartCountry());
    mission.hostCity = draft.hostCity().strip();
    mission.startDate = draft.startDate();
    mission.endDate = draft.endDate();
    mission.lead = draft.lead().strip();
    return mission;
  }

  /** Days abroad, counting the first and the last (13–17 January is five days). */
  public long days() {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
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
}
