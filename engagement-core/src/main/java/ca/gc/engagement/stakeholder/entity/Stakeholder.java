package ca.gc.engagement.stakeholder.entity;

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
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * A person or body whose positions the department follows: a premier, a foreign head of state, an
 * expert, a business council, an editorial board. Statements refer to it by id. Never deleted:
 * archived, so that what they said stays attributable.
 */
@Entity
@Table(name = "stakeholder")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Stakeholder extends Classified {

  public static final String KIND = "stakeholder";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_seq")
  @SequenceGenerator(
      name = "stakeholder_seq",
      sequenceName = "stakeholder_seq",
      allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 200)
  private String title;

  @Size(max = 200)
  private String organisation;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private StakeholderKind kind;

  @NotBlank
  @Column(length = 6)
  private String jurisdiction;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private StakeholderStatus status = StakeholderStatus.ACTIVE;

  protected Stakeholder() {}

  public static Stakeholder record(StakeholderDraft draft) {
    Stakeholder stakeholder = new Stakeholder();
    stakeholder.revise(draft);
    return stakeholder;
  }

  /** Takes the draft's content; the status moves only through {@link #moveTo}. */
  public void revise(StakeholderDraft draft) {
    name = draft.name().strip();
    title = optional(draft.title());
    organisation = optional(draft.organisation());
    kind = draft.kind();
    jurisdiction = draft.jurisdiction();
    classify(draft.classification());
  }

  public void moveTo(StakeholderStatus next) {
    status = status.stepTo(KIND, next);
  }

  /** Refuses a new record of the given kind about this stakeholder unless they are active. */
  public void requireActive(String refused) {
    if (status != StakeholderStatus.ACTIVE) {
      throw new StakeholderArchivedException(name, refused);
    }
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTitle() {
    return title;
  }

  public String getOrganisation() {
    return organisation;
  }

  public StakeholderKind getKind() {
    return kind;
  }

  /** ISO 3166-1 or 3166-2: "CN", "CA-SK". */
  public String getJurisdiction() {
    return jurisdiction;
  }

  public StakeholderStatus getStatus() {
    return status;
  }
}
