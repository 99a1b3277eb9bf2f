package ca.gc.engagement.agreement.entity;

import ca.gc.engagement.carveout.entity.Verdict;
import ca.gc.engagement.records.entity.IllegalTransitionException;
import ca.gc.engagement.security.entity.Classified;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Filter;
import org.hibernate.envers.Audited;

/**
 * An agreement between the department's government and others, from proposal to termination. The
 * entity keeps the lifecycle and its record (every step with its date, author and reason); whether
 * the content may go forward is the carve-out screening's verdict, which the service passes in.
 *
 * <p>Its collections are read eagerly (in batches for a page): they are small, always shown with
 * the agreement, and the pages and API read it after the service's transaction has ended.
 */
@Entity
@Table(name = "agreement")
@Audited
@Filter(name = Classified.CLEARANCE_FILTER)
public class Agreement extends Classified {

  public static final String KIND = "agreement";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
  @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "country", length = 2)
  private Set<String> parties = new HashSet<>();

  @Column(name = "mission_id")
  private Long missionId;

  @Column(name = "meeting_id")
  private Long meetingId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_sector", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "sector_code", length = 40)
  private Set<String> sectors = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_region", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "region_code", length = 40)
  private Set<String> regions = new HashSet<>();

  @Size(max = 8000)
  private String summary;

  @NotNull
  @Column(name = "proposed_on")
  private LocalDate proposedOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AgreementStatus status = AgreementStatus.PROPOSED;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_transition", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  private List<Transition> transitions = new ArrayList<>();

  @Embedded private Exemption exemption;

  protected Agreement() {}

  public static Agreement propose(AgreementDraft draft, LocalDate on) {
    Agreement agreement = new Agreement();
    agreement.proposedOn = on;
    agreement.revise(draft);
    return agreement;
  }

  /**
   * Takes the draft's content. An exemption answered the content as it was, so a change of content
   * ends it; the audit trail keeps it.
   */
  public void revise(AgreementDraft draft) {
    title = draft.title().strip();
    parties.clear();
    parties.addAll(draft.parties());
    missionId = draft.missionId();
    meetingId = draft.meetingId();
    sectors.clear();
    sectors.addAll(draft.sectors());
    regions.clear();
    regions.addAll(draft.regions());
    summary = draft.summary() == null || draft.summary().isBlank() ? null : draft.summary().strip();
    classify(draft.classification());
    exemption = null;
  }

  /**
   * The steps open from here for someone who may or may not sign off, given the screening verdict:
   * nothing forward while PROHIBITED, nothing to SIGNED under REVIEW without an exemption.
   */
  public Set<AgreementStatus> allowedSteps(boolean maySignOff, Verdict verdict) {
    Set<AgreementStatus> allowed = EnumSet.noneOf(AgreementStatus.class);
    for (AgreementStatus next : status.next()) {
      boolean roleAllows = maySignOff || !next.isSignOff();
      boolean screeningAllows =
          !next.isForward()
              || (verdict != Verdict.PROHIBITED
                  && (next != AgreementStatus.SIGNED
                      || verdict == Verdict.CLEAR
                      || exemption != null));
      if (roleAllows && screeningAllows) {
        allowed.add(next);
      }
    }
    return allowed;
  }

  /**
   * Moves the agreement on. The caller checks the role and the screening beforehand ({@link
   * #allowedSteps}); here the lifecycle itself is enforced and the step is kept.
   */
  public void moveTo(
      AgreementStatus next, LocalDate on, String by, Instant recordedAt, String justification) {
    if (!status.next().contains(next)) {
      throw new IllegalTransitionException(KIND, status, next, status.next());
    }
    transitions.add(new Transition(status, next, on, recordedAt, by, justification));
    status = next;
  }

  /** Records an approver's exemption from a REVIEW carve-out. */
  public void exempt(String by, Instant at, String justification) {
    exemption = new Exemption(by, at, justification);
  }

  /** The content screening reads: title and summary. */
  public String text() {
    return summary == null ? title : title + "\n" + summary;
  }

  @Override
  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Set<String> getParties() {
    return Set.copyOf(parties);
  }

  public Long getMissionId() {
    return missionId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public Set<String> getSectors() {
    return Set.copyOf(sectors);
  }

  public Set<String> getRegions() {
    return Set.copyOf(regions);
  }

  public String getSummary() {
    return summary;
  }

  /** The day it was put on file as a proposal. */
  public LocalDate getProposedOn() {
    return proposedOn;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public List<Transition> getTransitions() {
    return List.copyOf(transitions);
  }

  public java.util.Optional<Exemption> getExemption() {
    return java.util.Optional.ofNullable(exemption);
  }
}
