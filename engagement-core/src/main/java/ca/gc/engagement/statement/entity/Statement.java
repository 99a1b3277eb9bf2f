package ca.gc.engagement.statement.entity;

import ca.gc.engagement.security.entity.Classified;
import ca.gc.engagement.stakeholder.entity.Stakeholder;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A position a stakeholder took, on file with the day it was made and where it is on record,
 * optionally during a mission. Stakeholder and mission are referred to by id (other aggregates).
 * Never deleted: withdrawn, and the withdrawal is on the audit trail.
 */
@Entity
@Table(name = "statement")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Statement extends Classified {

  public static final String KIND = "statement";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statement_seq")
  @SequenceGenerator(name = "statement_seq", sequenceName = "statement_seq", allocationSize = 50)
  private Long id;

  @NotNull
  @Column(name = "stakeholder_id")
  private Long stakeholderId;

  /** The day it was made, where it was made. */
  @NotNull
  @Column(name = "made_on")
  private LocalDate date;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Stance stance;

  /** Small and always shown with the statement: loaded with it (in batches for a page). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "statement_sector", joinColumns = @JoinColumn(name = "statement_id"))
  @Column(name = "sector_code", length = 40)
  private Set<String> sectors = new HashSet<>();

  @NotBlank
  @Size(max = 4000)
  private String text;

  @NotNull @Valid @Embedded private Source source;

  @Column(name = "mission_id")
  private Long missionId;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private StatementStatus status = StatementStatus.RECORDED;

  protected Statement() {}

  /**
   * @param about the stakeholder the draft names, as the caller may see it
   * @throws ca.gc.engagement.stakeholder.entity.StakeholderArchivedException if they are archived
   */
  public static Statement record(StatementDraft draft, Stakeholder about) {
    about.requireActive(KIND);
    Statement statement = new Statement();
    statement.take(draft);
    return statement;
  }

  /**
   * Takes the draft's content; the status moves only through {@link #moveTo}. A statement stays
   * with an archived stakeholder when corrected, but cannot be moved to one.
   *
   * @param about the stakeholder the draft names, as the caller may see it
   */
  public void revise(StatementDraft draft, Stakeholder about) {
    if (!draft.stakeholderId().equals(stakeholderId)) {
      about.requireActive(KIND);
    }
    take(draft);
  }

  private void take(StatementDraft draft) {
    stakeholderId = draft.stakeholderId();
    date = draft.date();
    stance = draft.stance();
    sectors.retainAll(draft.sectors());
    sectors.addAll(draft.sectors());
    text = draft.text().strip();
    source = Source.of(draft.source());
    missionId = draft.missionId();
    classify(draft.classification());
  }

  public void moveTo(StatementStatus next) {
    status = status.stepTo(KIND, next);
  }

  @Override
  public Long getId() {
    return id;
  }

  public Long getStakeholderId() {
    return stakeholderId;
  }

  public LocalDate getDate() {
    return date;
  }

  public Stance getStance() {
    return stance;
  }

  public Set<String> getSectors() {
    return Collections.unmodifiableSet(sectors);
  }

  public String getText() {
    return text;
  }

  public Source getSource() {
    return source;
  }

  /** The mission it was made during or about; null when none. */
  public Long getMissionId() {
    return missionId;
  }

  public StatementStatus getStatus() {
    return status;
  }
}
